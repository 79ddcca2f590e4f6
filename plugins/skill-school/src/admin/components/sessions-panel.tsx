import {
  Badge,
  Button,
  Container,
  Drawer,
  Heading,
  Input,
  Prompt,
  Select,
  StatusBadge,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { attempt, call, formatDate, formatIn, useAdminResource } from "../lib/api"
import {
  CURRENCIES,
  LANGUAGES,
  isoToZoned,
  languageName,
  personName,
  pricesFrom,
  zonedToIso,
  type Attendee,
  type Session,
} from "../lib/school"
import { Empty, Field } from "./field"

const ZONE = "Asia/Kolkata"

type SessionForm = {
  title: string
  starts: string
  ends: string
  timezone: string
  mode: Session["mode"]
  online_url: string
  place: string
  language: string
  seat_limit: string
  prices: Record<(typeof CURRENCIES)[number], string>
}

const formFrom = (s?: Session): SessionForm => {
  const zone = s?.timezone ?? ZONE
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
  return {
    title: s?.title ?? "",
    starts: s ? isoToZoned(s.starts_at, zone) : `${nextWeek}T10:00`,
    ends: s ? isoToZoned(s.ends_at, zone) : `${nextWeek}T13:00`,
    timezone: zone,
    mode: s?.mode ?? "in_person",
    online_url: s?.online_url ?? "",
    place: s?.place ?? "",
    language: s?.language ?? "hi",
    seat_limit: s ? String(s.seat_limit) : "10",
    prices: { inr: "", usd: "", eur: "" },
  }
}

/** Creates a session (no session given; with prices) or changes one (date, place, link, language, seats). */
const SessionDrawer = ({
  courseId,
  session,
  onSaved,
}: {
  courseId: string
  session?: Session
  onSaved: () => void
}) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(() => formFrom(session))
  const [saving, setSaving] = useState(false)
  const set = (key: keyof SessionForm) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))

  const save = async () => {
    if (!form.starts || !form.ends) return toast.error("Give the workshop a start and an end.")
    const seats = Number(form.seat_limit)
    if (!Number.isInteger(seats) || seats < 1) return toast.error("The seat limit is a whole number, at least 1.")
    const body: Record<string, unknown> = {
      title: form.title.trim() || null,
      starts_at: zonedToIso(form.starts, form.timezone),
      ends_at: zonedToIso(form.ends, form.timezone),
      timezone: form.timezone,
      mode: form.mode,
      online_url: form.mode === "online" ? form.online_url.trim() || null : null,
      place: form.mode === "in_person" ? form.place.trim() || null : null,
      language: form.language,
      seat_limit: seats,
    }
    if (!session) body.prices = pricesFrom(form.prices)
    setSaving(true)
    const path = session ? `/admin/workshops/${session.id}` : `/admin/courses/${courseId}/sessions`
    const result = await attempt(
      () => call(path, { method: "POST", body }),
      session ? "Workshop saved" : "Workshop scheduled"
    )
    setSaving(false)
    if (result) {
      setOpen(false)
      onSaved()
    }
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(o) => {
        if (o) setForm(formFrom(session))
        setOpen(o)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant={session ? "transparent" : "secondary"}>
          {session ? "Edit" : "Schedule workshop"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-xl">
        <Drawer.Header>
          <Drawer.Title>{session ? "Edit workshop" : "New workshop session"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <Field id="session-title" label="Title (optional)">
            <Input
              id="session-title"
              size="small"
              value={form.title}
              placeholder="Cutting table practice"
              onChange={set("title")}
            />
          </Field>
          <div className="grid gap-4 md:grid-cols-2">
            <Field id="session-starts" label={`Starts (${form.timezone})`}>
              <Input
                id="session-starts"
                size="small"
                type="datetime-local"
                value={form.starts}
                onChange={set("starts")}
              />
            </Field>
            <Field id="session-ends" label={`Ends (${form.timezone})`}>
              <Input id="session-ends" size="small" type="datetime-local" value={form.ends} onChange={set("ends")} />
            </Field>
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <Field label="Where">
              <Select
                size="small"
                value={form.mode}
                onValueChange={(v) => setForm((f) => ({ ...f, mode: v as Session["mode"] }))}
              >
                <Select.Trigger aria-label="Mode">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="in_person">In person</Select.Item>
                  <Select.Item value="online">Online</Select.Item>
                </Select.Content>
              </Select>
            </Field>
            <Field label="Language">
              <Select size="small" value={form.language} onValueChange={(v) => setForm((f) => ({ ...f, language: v }))}>
                <Select.Trigger aria-label="Language">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {LANGUAGES.map((l) => (
                    <Select.Item key={l.code} value={l.code}>
                      {l.label}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
          </div>
          {form.mode === "online" ? (
            <Field id="session-link" label="Meeting link" hint="Private: shown only to attendees with a confirmed seat">
              <Input
                id="session-link"
                size="small"
                value={form.online_url}
                placeholder="https://…"
                onChange={set("online_url")}
              />
            </Field>
          ) : (
            <Field id="session-place" label="Place" hint="Where in Dharavi, with a landmark">
              <Input
                id="session-place"
                size="small"
                value={form.place}
                placeholder="Gala 12, 90 Feet Road, near the petrol pump"
                onChange={set("place")}
              />
            </Field>
          )}
          <Field
            id="session-seats"
            label="Seats"
            hint={session ? "Never below the seats already taken" : "Seats are never sold beyond this"}
          >
            <Input
              id="session-seats"
              size="small"
              type="number"
              min={1}
              value={form.seat_limit}
              onChange={set("seat_limit")}
            />
          </Field>
          {!session && (
            <div className="flex flex-col gap-2">
              <div className="grid gap-4 md:grid-cols-3">
                {CURRENCIES.map((c) => (
                  <Field key={c} id={`seat-${c}`} label={`Seat price ${c.toUpperCase()}`}>
                    <Input
                      id={`seat-${c}`}
                      size="small"
                      type="number"
                      min={0}
                      value={form.prices[c]}
                      onChange={(e) => setForm((f) => ({ ...f, prices: { ...f.prices, [c]: e.target.value } }))}
                    />
                  </Field>
                ))}
              </div>
              <Text size="xsmall" className="text-ui-fg-muted">
                Leave the prices empty for a free workshop. A paid one gets a product whose one variant prices a seat.
              </Text>
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={saving} onClick={save}>
            {session ? "Save" : "Schedule"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** Who is coming: confirmed seats and open holds (GET /admin/workshops/:id/attendees). */
const AttendeesDrawer = ({ session }: { session: Session }) => {
  const [open, setOpen] = useState(false)
  const { data, error, loading } = useAdminResource<{ attendees: Attendee[] }>(
    open ? `/admin/workshops/${session.id}/attendees` : null
  )
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent">
          Attendees ({session.seat_limit - session.seats_left})
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="max-w-xl">
        <Drawer.Header>
          <Drawer.Title>Attendees · {formatIn(session.starts_at, session.timezone)}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto p-0">
          {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
          {loading && <Text className="px-6 py-4 text-ui-fg-subtle">Loading…</Text>}
          {data && data.attendees.length === 0 && (
            <Empty>No one has a seat yet. Seats taken in the shop show here, with holds still in a cart.</Empty>
          )}
          {!!data?.attendees.length && (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Name</Table.HeaderCell>
                  <Table.HeaderCell>Contact</Table.HeaderCell>
                  <Table.HeaderCell>Seat</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.attendees.map((a) => (
                  <Table.Row key={a.seat_id}>
                    <Table.Cell>{personName(a.customer)}</Table.Cell>
                    <Table.Cell>
                      <Text size="xsmall">{a.customer.email ?? "—"}</Text>
                      {a.customer.phone && (
                        <Text size="xsmall" className="text-ui-fg-muted">
                          {a.customer.phone}
                        </Text>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      {a.status === "confirmed" ? (
                        <StatusBadge color="green">Confirmed</StatusBadge>
                      ) : (
                        <StatusBadge color="orange">Held until {formatDate(a.hold_expires_at)}</StatusBadge>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

/** The course's workshop sessions, soonest first: schedule, edit, cancel, attendees. */
export const SessionsPanel = ({
  courseId,
  sessions,
  onChanged,
}: {
  courseId: string
  sessions: Session[]
  onChanged: () => void
}) => {
  const [cancelling, setCancelling] = useState<Session | null>(null)
  const cancel = async () => {
    const session = cancelling
    setCancelling(null)
    if (!session) return
    await attempt(
      () => call(`/admin/workshops/${session.id}`, { method: "POST", body: { status: "cancelled" } }),
      "Workshop cancelled"
    )
    onChanged()
  }

  return (
    <Container className="p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Workshops</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Live sessions with a seat limit that is never oversold; a seat also enrols its holder in the course.
          </Text>
        </div>
        <SessionDrawer courseId={courseId} onSaved={onChanged} />
      </div>
      {sessions.length === 0 ? (
        <Empty>
          No workshops scheduled. Schedule a session at a workshop in Dharavi or online; leave the price empty to make
          it free.
        </Empty>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>When</Table.HeaderCell>
              <Table.HeaderCell>Where</Table.HeaderCell>
              <Table.HeaderCell>Language</Table.HeaderCell>
              <Table.HeaderCell>Seats left</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sessions.map((s) => {
              const past = new Date(s.ends_at).getTime() < Date.now()
              return (
                <Table.Row key={s.id}>
                  <Table.Cell className="py-2">
                    {s.title && (
                      <Text size="small" weight="plus">
                        {s.title}
                      </Text>
                    )}
                    <Text size="small">{formatIn(s.starts_at, s.timezone)}</Text>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      until {formatIn(s.ends_at, s.timezone)} ({s.timezone})
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="max-w-xs">
                    {s.mode === "online" ? (
                      <>
                        <Badge size="2xsmall">Online</Badge>{" "}
                        <Text size="xsmall" className="truncate text-ui-fg-muted">
                          {s.online_url}
                        </Text>
                      </>
                    ) : (
                      <Text size="small">{s.place}</Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>{languageName(s.language)}</Table.Cell>
                  <Table.Cell>
                    {s.seats_left} / {s.seat_limit}{" "}
                    {s.is_free ? (
                      <Badge size="2xsmall" color="green">
                        Free
                      </Badge>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>
                    {s.status === "cancelled" ? (
                      <StatusBadge color="red">Cancelled</StatusBadge>
                    ) : past ? (
                      <StatusBadge color="grey">Held</StatusBadge>
                    ) : (
                      <StatusBadge color="blue">Scheduled</StatusBadge>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center justify-end gap-1">
                      <AttendeesDrawer session={s} />
                      {s.status === "scheduled" && !past && (
                        <SessionDrawer courseId={courseId} session={s} onSaved={onChanged} />
                      )}
                      {s.status === "scheduled" && !past && (
                        <Button size="small" variant="transparent" onClick={() => setCancelling(s)}>
                          Cancel
                        </Button>
                      )}
                    </div>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      <Prompt open={!!cancelling} onOpenChange={(o) => !o && setCancelling(null)} variant="danger">
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Cancel this workshop?</Prompt.Title>
            <Prompt.Description>
              It leaves the schedule and no more seats are sold. Tell the attendees yourself (see the attendee list) and
              refund paid seats in the orders.
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Keep it</Prompt.Cancel>
            <Prompt.Action onClick={cancel}>Cancel workshop</Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Container>
  )
}
