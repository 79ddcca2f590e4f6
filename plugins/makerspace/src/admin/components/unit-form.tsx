import { Button, Drawer, Heading, Input, Select, Switch, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { attempt, call, KIND_LABEL, UNIT_KINDS, type Qualification, type Unit, type UnitKind } from "../lib/api"
import { Field } from "./tool-house-form"

type Props = {
  toolHouseId: string
  /** The unit to edit; none: add a new one. */
  unit?: Unit
  qualifications: Qualification[]
  open: boolean
  onOpenChange: (open: boolean) => void
  onSaved: () => void
}

const NUMBER_RULES = [
  ["min_minutes", "Shortest booking (minutes)", ""],
  ["max_minutes", "Longest booking (minutes)", "Storage by the day: 1440 per day, up to 10080 (7 days)."],
  ["slot_minutes", "Start-time grid (minutes)", "Bookings start and last in steps of this."],
  ["min_notice_minutes", "Notice (minutes)", "How long before the start a booking closes."],
  ["max_advance_days", "Bookable ahead (days)", ""],
  ["buffer_before_minutes", "Buffer before (minutes)", "Held, not billed (set-up)."],
  ["buffer_after_minutes", "Buffer after (minutes)", "Held, not billed (cleaning, cooling)."],
] as const
type NumberRule = (typeof NUMBER_RULES)[number][0]

/** The model's defaults; a storage bay is booked by whole days. */
const DEFAULTS: Record<UnitKind, Record<NumberRule, number>> = {
  bench: {
    min_minutes: 60,
    max_minutes: 480,
    slot_minutes: 30,
    min_notice_minutes: 60,
    max_advance_days: 30,
    buffer_before_minutes: 0,
    buffer_after_minutes: 0,
  },
  machine: {
    min_minutes: 60,
    max_minutes: 480,
    slot_minutes: 30,
    min_notice_minutes: 60,
    max_advance_days: 30,
    buffer_before_minutes: 0,
    buffer_after_minutes: 0,
  },
  storage_bay: {
    min_minutes: 1440,
    max_minutes: 10080,
    slot_minutes: 60,
    min_notice_minutes: 60,
    max_advance_days: 60,
    buffer_before_minutes: 0,
    buffer_after_minutes: 0,
  },
}
const NONE = "none"

const blank = (unit?: Unit, kind: UnitKind = "bench") => ({
  name: unit?.name ?? "",
  kind: unit?.kind ?? kind,
  numbers: Object.fromEntries(
    NUMBER_RULES.map(([key]) => [key, String(unit ? unit[key] : DEFAULTS[kind][key])])
  ) as Record<NumberRule, string>,
  daily_cap_minutes: unit?.daily_cap_minutes == null ? "" : String(unit.daily_cap_minutes),
  required_qualification_id: unit?.required_qualification_id ?? NONE,
  variant_id: unit?.variant_id ?? "",
  active: unit?.active ?? true,
})

/** Adds or edits a bench, machine or storage bay and its booking rules. The kind is fixed once created. */
export const UnitForm = ({ toolHouseId, unit, qualifications, open, onOpenChange, onSaved }: Props) => {
  const [form, setForm] = useState(() => blank(unit))
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (open) setForm(blank(unit))
  }, [open, unit])
  const setNumber = (key: NumberRule, value: string) =>
    setForm((f) => ({ ...f, numbers: { ...f.numbers, [key]: value } }))

  const save = async () => {
    setSaving(true)
    const body: Record<string, unknown> = {
      name: form.name.trim(),
      ...Object.fromEntries(NUMBER_RULES.map(([key]) => [key, Number(form.numbers[key])])),
      daily_cap_minutes: form.daily_cap_minutes.trim() === "" ? null : Number(form.daily_cap_minutes),
      required_qualification_id: form.required_qualification_id === NONE ? null : form.required_qualification_id,
      variant_id: form.variant_id.trim() || null,
      active: form.active,
    }
    if (!unit) body.kind = form.kind
    const ok = await attempt(
      () =>
        call(unit ? `/admin/units/${unit.id}` : `/admin/tool-houses/${toolHouseId}/units`, { method: "POST", body }),
      unit ? "Unit saved" : "Unit added"
    )
    setSaving(false)
    if (ok) {
      onSaved()
      onOpenChange(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-xl">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{unit ? `Edit ${unit.name}` : "Add a unit"}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">
            Name, kind and booking rules of a bench, machine or storage bay
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          <div className="grid grid-cols-2 gap-3">
            <Field id="unit-name" label="Name">
              <Input
                id="unit-name"
                value={form.name}
                onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))}
                placeholder="Work bench 7"
              />
            </Field>
            <Field id="unit-kind" label="Kind" hint={unit ? "Fixed once created." : undefined}>
              <Select
                value={form.kind}
                disabled={!!unit}
                onValueChange={(k) => setForm((f) => ({ ...blank(undefined, k as UnitKind), name: f.name }))}
              >
                <Select.Trigger id="unit-kind">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {UNIT_KINDS.map((k) => (
                    <Select.Item key={k} value={k}>
                      {KIND_LABEL[k]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            {NUMBER_RULES.map(([key, label, hint]) => (
              <Field key={key} id={`unit-${key}`} label={label} hint={hint || undefined}>
                <Input
                  id={`unit-${key}`}
                  type="number"
                  min={0}
                  value={form.numbers[key]}
                  onChange={(e) => setNumber(key, e.target.value)}
                />
              </Field>
            ))}
            <Field id="unit-cap" label="Daily cap per customer (minutes)" hint="Empty: no cap.">
              <Input
                id="unit-cap"
                type="number"
                min={15}
                value={form.daily_cap_minutes}
                onChange={(e) => setForm((f) => ({ ...f, daily_cap_minutes: e.target.value }))}
              />
            </Field>
          </div>
          <Field id="unit-qualification" label="Required qualification">
            <Select
              value={form.required_qualification_id}
              onValueChange={(v) => setForm((f) => ({ ...f, required_qualification_id: v }))}
            >
              <Select.Trigger id="unit-qualification">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>None: anyone may book</Select.Item>
                {qualifications.map((q) => (
                  <Select.Item key={q.id} value={q.id}>
                    {q.name.en ?? q.code}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field
            id="unit-variant"
            label="Pricing variant ID"
            hint="The product variant whose price is one hour. Empty: not bookable online (no price)."
          >
            <Input
              id="unit-variant"
              value={form.variant_id}
              onChange={(e) => setForm((f) => ({ ...f, variant_id: e.target.value }))}
              placeholder="variant_..."
            />
          </Field>
          <div className="flex items-center gap-2">
            <Switch
              id="unit-active"
              checked={form.active}
              onCheckedChange={(active) => setForm((f) => ({ ...f, active }))}
            />
            <label htmlFor="unit-active">
              <Text size="small">Active (offered to customers)</Text>
            </label>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={saving} onClick={save}>
            {unit ? "Save" : "Add unit"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
