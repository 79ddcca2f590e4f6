import { Button, Container, Drawer, Heading, Input, Select, Table, Text, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { attempt, call, formatLocal, localToUtc, utcToLocal, type Outage, type ToolHouse } from "../lib/api"
import { Field } from "./tool-house-form"

const WHOLE = "whole"

/** Holidays of the whole tool-house and repairs of one unit: list, add, delete. Times are the tool-house's. */
export const OutagesSection = ({ house, onChanged }: { house: ToolHouse; onChanged: () => void }) => {
  const [adding, setAdding] = useState(false)
  const prompt = usePrompt()
  const zone = house.timezone
  const unitName = (id: string | null) => (id ? (house.units.find((u) => u.id === id)?.name ?? id) : "Whole tool-house")
  const outages = [...(house.outages ?? [])].sort((a, b) => b.starts_at.localeCompare(a.starts_at))

  const remove = async (o: Outage) => {
    const sure = await prompt({
      title: "Delete this outage?",
      description: `${unitName(o.unit_id)}, ${formatLocal(o.starts_at, zone)} to ${formatLocal(o.ends_at, zone)}: it becomes bookable again.`,
      confirmText: "Delete",
      cancelText: "Keep",
    })
    if (sure && (await attempt(() => call(`/admin/outages/${o.id}`, { method: "DELETE" }), "Outage deleted")))
      onChanged()
  }

  return (
    <Container className="p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Outages</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Closed for everyone, or one unit under repair ({zone}). Existing bookings are not cancelled.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          Add outage
        </Button>
      </div>
      {!outages.length ? (
        <Text size="small" className="px-6 pb-4 text-ui-fg-subtle">
          No outages.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>What</Table.HeaderCell>
              <Table.HeaderCell>From</Table.HeaderCell>
              <Table.HeaderCell>To</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {outages.map((o) => (
              <Table.Row key={o.id}>
                <Table.Cell>{unitName(o.unit_id)}</Table.Cell>
                <Table.Cell>{formatLocal(o.starts_at, zone)}</Table.Cell>
                <Table.Cell>{formatLocal(o.ends_at, zone)}</Table.Cell>
                <Table.Cell>{o.reason ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="transparent" onClick={() => remove(o)}>
                    Delete
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <OutageForm house={house} open={adding} onOpenChange={setAdding} onSaved={onChanged} />
    </Container>
  )
}

const blank = (zone: string) => {
  const day = (n: number) => utcToLocal(new Date(Date.now() + n * 86_400_000), zone).slice(0, 10)
  return { unit_id: WHOLE, from: `${day(1)}T00:00`, to: `${day(2)}T00:00`, reason: "" }
}

const OutageForm = ({
  house,
  open,
  onOpenChange,
  onSaved,
}: {
  house: ToolHouse
  open: boolean
  onOpenChange: (open: boolean) => void
  onSaved: () => void
}) => {
  const [form, setForm] = useState(() => blank(house.timezone))
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (open) setForm(blank(house.timezone))
  }, [open, house.timezone])

  const save = async () => {
    setSaving(true)
    const body = {
      unit_id: form.unit_id === WHOLE ? null : form.unit_id,
      starts_at: form.from ? localToUtc(form.from, house.timezone).toISOString() : "",
      ends_at: form.to ? localToUtc(form.to, house.timezone).toISOString() : "",
      reason: form.reason.trim() || null,
    }
    const ok = await attempt(
      () => call(`/admin/tool-houses/${house.id}/outages`, { method: "POST", body }),
      "Outage added"
    )
    setSaving(false)
    if (ok) {
      onSaved()
      onOpenChange(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>Add an outage</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">Close the tool-house or one unit for a time</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4">
          <Field id="outage-unit" label="What is closed">
            <Select value={form.unit_id} onValueChange={(unit_id) => setForm((f) => ({ ...f, unit_id }))}>
              <Select.Trigger id="outage-unit">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={WHOLE}>Whole tool-house (holiday)</Select.Item>
                {house.units.map((u) => (
                  <Select.Item key={u.id} value={u.id}>
                    {u.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field id="outage-from" label={`From (${house.timezone})`}>
            <Input
              id="outage-from"
              type="datetime-local"
              value={form.from}
              onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))}
            />
          </Field>
          <Field id="outage-to" label={`To (${house.timezone})`}>
            <Input
              id="outage-to"
              type="datetime-local"
              value={form.to}
              onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))}
            />
          </Field>
          <Field id="outage-reason" label="Reason" hint="Optional, e.g. Diwali or motor repair.">
            <Input
              id="outage-reason"
              value={form.reason}
              onChange={(e) => setForm((f) => ({ ...f, reason: e.target.value }))}
            />
          </Field>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={saving} onClick={save}>
            Add outage
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
