import { Button, Drawer, Heading, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState, type ReactNode } from "react"
import { attempt, call, WEEKDAYS, type OpeningHours, type ToolHouse } from "../lib/api"
import { completeHours, OpeningHoursEditor } from "./opening-hours-editor"

type Props = {
  /** The tool-house to edit; none: create a new one. */
  house?: ToolHouse
  open: boolean
  onOpenChange: (open: boolean) => void
  onSaved: (house: ToolHouse) => void
}

const EVERY_DAY: OpeningHours = Object.fromEntries(WEEKDAYS.map((d) => [d, d === "sun" ? [] : [["09:00", "21:00"]]]))
const LANGUAGES = [
  ["en", "Description (English)"],
  ["hi", "Description (Hindi)"],
  ["mr", "Description (Marathi)"],
] as const

const blank = (house?: ToolHouse) => ({
  handle: house?.handle ?? "",
  name: house?.name ?? "",
  area: house?.area ?? "",
  address_landmark: house?.address_landmark ?? "",
  description: { en: house?.description?.en ?? "", hi: house?.description?.hi ?? "", mr: house?.description?.mr ?? "" },
  timezone: house?.timezone ?? "Asia/Kolkata",
  opening_hours: house?.opening_hours ?? EVERY_DAY,
  status: house?.status ?? "active",
})

export const Field = ({
  id,
  label,
  hint,
  children,
}: {
  id?: string
  label: string
  hint?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

/** Creates or edits a tool-house: identity, descriptions in three languages, zone, opening hours, status. */
export const ToolHouseForm = ({ house, open, onOpenChange, onSaved }: Props) => {
  const [form, setForm] = useState(() => blank(house))
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (open) setForm(blank(house))
  }, [open, house])
  const set = <K extends keyof ReturnType<typeof blank>>(key: K, value: ReturnType<typeof blank>[K]) =>
    setForm((f) => ({ ...f, [key]: value }))

  const save = async () => {
    setSaving(true)
    const body = {
      handle: form.handle.trim(),
      name: form.name.trim(),
      area: form.area.trim() || null,
      address_landmark: form.address_landmark.trim() || null,
      // Every language, empty ones as "": the column merges on update, so a cleared language must be sent.
      description: form.description,
      timezone: form.timezone.trim(),
      opening_hours: completeHours(form.opening_hours),
      status: form.status,
    }
    let saved: ToolHouse | null = null
    const ok = await attempt(
      async () => {
        const res = await call<{ tool_house: ToolHouse }>(
          house ? `/admin/tool-houses/${house.id}` : "/admin/tool-houses",
          { method: "POST", body }
        )
        saved = res.tool_house
      },
      house ? "Tool-house saved" : "Tool-house created"
    )
    setSaving(false)
    if (ok && saved) {
      onSaved(saved)
      onOpenChange(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-xl">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{house ? `Edit ${house.name}` : "New tool-house"}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">
            Name, place, descriptions, time zone and opening hours of the tool-house
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <div className="grid grid-cols-2 gap-3">
            <Field id="th-name" label="Name">
              <Input
                id="th-name"
                value={form.name}
                onChange={(e) => set("name", e.target.value)}
                placeholder="Kala Killa Tool House"
              />
            </Field>
            <Field id="th-handle" label="Handle" hint="Lowercase letters, digits and hyphens; the storefront URL.">
              <Input
                id="th-handle"
                value={form.handle}
                onChange={(e) => set("handle", e.target.value)}
                placeholder="kala-killa-tool-house"
              />
            </Field>
            <Field id="th-area" label="Area">
              <Input
                id="th-area"
                value={form.area}
                onChange={(e) => set("area", e.target.value)}
                placeholder="Kala Killa"
              />
            </Field>
            <Field id="th-status" label="Status">
              <Select value={form.status} onValueChange={(v) => set("status", v as "active" | "inactive")}>
                <Select.Trigger id="th-status">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="active">Active (bookable)</Select.Item>
                  <Select.Item value="inactive">Inactive (hidden)</Select.Item>
                </Select.Content>
              </Select>
            </Field>
          </div>
          <Field id="th-landmark" label="Address landmark">
            <Input
              id="th-landmark"
              value={form.address_landmark}
              onChange={(e) => set("address_landmark", e.target.value)}
              placeholder="Behind the leather market"
            />
          </Field>
          {LANGUAGES.map(([lang, label]) => (
            <Field key={lang} id={`th-desc-${lang}`} label={label}>
              <Textarea
                id={`th-desc-${lang}`}
                rows={2}
                value={form.description[lang]}
                onChange={(e) => set("description", { ...form.description, [lang]: e.target.value })}
              />
            </Field>
          ))}
          <Field
            id="th-zone"
            label="Time zone"
            hint="IANA name, e.g. Asia/Kolkata. Opening hours and slots are on this clock."
          >
            <Input id="th-zone" value={form.timezone} onChange={(e) => set("timezone", e.target.value)} />
          </Field>
          <div className="flex flex-col gap-2">
            <Label size="small" weight="plus">
              Opening hours
            </Label>
            <OpeningHoursEditor value={form.opening_hours} onChange={(v) => set("opening_hours", v)} />
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={saving} onClick={save}>
            {house ? "Save" : "Create"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
