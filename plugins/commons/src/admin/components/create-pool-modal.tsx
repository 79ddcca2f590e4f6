import { Button, FocusModal, Heading, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { attempt, call } from "../lib/api"
import type { Pool } from "../lib/pools"
import { TiersEditor, type TierRow } from "./tiers-editor"
import { VariantPicker, type PickedVariant } from "./variant-picker"

const Field = ({ id, label, hint, children }: { id?: string; label: string; hint?: string; children: ReactNode }) => (
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

/** A datetime-local input's value for a Date, in the browser's time zone. */
const localInput = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
const num = (s: string) => (s.trim() === "" || !Number.isFinite(Number(s)) ? null : Number(s))

const initial = () => ({
  title: "",
  handle: "",
  en: "",
  hi: "",
  mr: "",
  unit: "kg",
  case_size: "1",
  currency_code: "inr",
  min_quantity: "",
  max_quantity: "",
  opens_at: localInput(new Date()),
  closes_at: localInput(new Date(Date.now() + 7 * 86_400_000)),
  fulfilment: "pickup",
  pickup_point: "",
  freight_cost: "0",
  handling_cost: "0",
  cost_split: "quantity",
})

/** Creates a draft pool (POST /admin/pools); the API's 400 messages show as toasts. */
export const CreatePoolModal = ({ onCreated }: { onCreated: (pool: Pool) => void }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(initial)
  const [handleTouched, setHandleTouched] = useState(false)
  const [variant, setVariant] = useState<PickedVariant | null>(null)
  const [tiers, setTiers] = useState<TierRow[]>([{ min_quantity: "0", unit_price: "" }])
  const [saving, setSaving] = useState(false)
  const set = (key: keyof ReturnType<typeof initial>) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))
  const choose = (key: keyof ReturnType<typeof initial>) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  const reset = () => {
    setForm(initial())
    setHandleTouched(false)
    setVariant(null)
    setTiers([{ min_quantity: "0", unit_price: "" }])
  }

  const submit = async () => {
    if (!variant) return toast.error("Choose the product variant the pool buys.")
    const parsedTiers = tiers.map((t) => ({ min_quantity: num(t.min_quantity), unit_price: num(t.unit_price) }))
    if (parsedTiers.some((t) => t.min_quantity === null || t.unit_price === null))
      return toast.error("Give every tier a quantity and a unit price.")
    const min = num(form.min_quantity)
    const max = num(form.max_quantity)
    if (min === null || max === null) return toast.error("Give the pool a minimum and a maximum quantity.")
    if (!form.opens_at || !form.closes_at) return toast.error("Give the pool an opening and a closing time.")
    const description = Object.fromEntries(
      (["en", "hi", "mr"] as const).filter((l) => form[l].trim()).map((l) => [l, form[l].trim()])
    )
    const body = {
      handle: form.handle || slug(form.title),
      title: form.title,
      description: Object.keys(description).length ? description : null,
      product_id: variant.product_id,
      variant_id: variant.variant_id,
      unit: form.unit,
      case_size: num(form.case_size) ?? 1,
      currency_code: form.currency_code,
      tiers: parsedTiers,
      min_quantity: min,
      max_quantity: max,
      opens_at: new Date(form.opens_at).toISOString(),
      closes_at: new Date(form.closes_at).toISOString(),
      fulfilment: form.fulfilment,
      pickup_point: form.pickup_point.trim() || null,
      freight_cost: num(form.freight_cost) ?? 0,
      handling_cost: num(form.handling_cost) ?? 0,
      cost_split: form.cost_split,
    }
    setSaving(true)
    const result = await attempt(
      () => call<{ pool: Pool }>("/admin/pools", { method: "POST", body }),
      "Pool created as a draft: open it when ready"
    )
    setSaving(false)
    if (result) {
      setOpen(false)
      reset()
      onCreated(result.pool)
    }
  }

  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Create pool
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <div className="flex w-full items-center justify-end gap-2">
            <Button size="small" variant="secondary" type="button" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button size="small" type="button" isLoading={saving} onClick={submit}>
              Create draft
            </Button>
          </div>
        </FocusModal.Header>
        <FocusModal.Body className="flex justify-center overflow-y-auto px-6 py-10">
          <div className="flex w-full max-w-2xl flex-col gap-6">
            <div>
              <Heading level="h1">New group buy</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Businesses pledge quantities; when the pool closes above its minimum, everyone pays the best tier the
                total reached. Terms are fixed once it opens.
              </Text>
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <Field id="pool-title" label="Title">
                <Input
                  id="pool-title"
                  size="small"
                  value={form.title}
                  placeholder="Goat leather hides, tanned"
                  onChange={(e) => {
                    const title = e.target.value
                    setForm((f) => ({ ...f, title, handle: handleTouched ? f.handle : slug(title) }))
                  }}
                />
              </Field>
              <Field
                id="pool-handle"
                label="Handle"
                hint="Lowercase letters, digits and hyphens; the storefront's address"
              >
                <Input
                  id="pool-handle"
                  size="small"
                  value={form.handle}
                  onChange={(e) => {
                    setHandleTouched(true)
                    set("handle")(e)
                  }}
                />
              </Field>
            </div>
            <Field
              label="Product variant"
              hint="What the pool buys: a variant that tracks no stock (the supplier ships to order); each pledger's order gets it"
            >
              <VariantPicker value={variant} onChange={setVariant} />
            </Field>
            <div className="grid gap-4 md:grid-cols-3">
              <Field id="pool-en" label="Description (English)">
                <Textarea id="pool-en" rows={3} value={form.en} onChange={set("en")} />
              </Field>
              <Field id="pool-hi" label="Description (Hindi)">
                <Textarea id="pool-hi" rows={3} value={form.hi} onChange={set("hi")} />
              </Field>
              <Field id="pool-mr" label="Description (Marathi)">
                <Textarea id="pool-mr" rows={3} value={form.mr} onChange={set("mr")} />
              </Field>
            </div>
            <div className="grid gap-4 md:grid-cols-3">
              <Field id="pool-unit" label="Unit" hint="kg, hide, metre…">
                <Input id="pool-unit" size="small" value={form.unit} onChange={set("unit")} />
              </Field>
              <Field id="pool-case" label="Case size" hint="The supplier ships whole cases of this many units">
                <Input
                  id="pool-case"
                  size="small"
                  type="number"
                  min={1}
                  value={form.case_size}
                  onChange={set("case_size")}
                />
              </Field>
              <Field label="Currency">
                <Select size="small" value={form.currency_code} onValueChange={choose("currency_code")}>
                  <Select.Trigger aria-label="Currency">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {["inr", "usd", "eur"].map((c) => (
                      <Select.Item key={c} value={c}>
                        {c.toUpperCase()}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
            </div>
            <Field
              label="Price tiers"
              hint="Everyone pays the tier the pool's final total reaches; a larger tier cannot cost more"
            >
              <TiersEditor rows={tiers} onChange={setTiers} unit={form.unit} currency={form.currency_code} />
            </Field>
            <div className="grid gap-4 md:grid-cols-2">
              <Field
                id="pool-min"
                label="Minimum quantity"
                hint="Below this at closing, the pool fails and every authorisation is let go"
              >
                <Input
                  id="pool-min"
                  size="small"
                  type="number"
                  min={1}
                  value={form.min_quantity}
                  onChange={set("min_quantity")}
                />
              </Field>
              <Field id="pool-max" label="Maximum quantity" hint="Pledges beyond this are refused">
                <Input
                  id="pool-max"
                  size="small"
                  type="number"
                  min={1}
                  value={form.max_quantity}
                  onChange={set("max_quantity")}
                />
              </Field>
              <Field id="pool-opens" label="Opens at">
                <Input
                  id="pool-opens"
                  size="small"
                  type="datetime-local"
                  value={form.opens_at}
                  onChange={set("opens_at")}
                />
              </Field>
              <Field id="pool-closes" label="Closes at">
                <Input
                  id="pool-closes"
                  size="small"
                  type="datetime-local"
                  value={form.closes_at}
                  onChange={set("closes_at")}
                />
              </Field>
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <Field label="Fulfilment">
                <Select size="small" value={form.fulfilment} onValueChange={choose("fulfilment")}>
                  <Select.Trigger aria-label="Fulfilment">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="pickup">Pickup</Select.Item>
                    <Select.Item value="delivery">Delivery</Select.Item>
                  </Select.Content>
                </Select>
              </Field>
              <Field id="pool-pickup" label="Pickup point">
                <Input
                  id="pool-pickup"
                  size="small"
                  value={form.pickup_point}
                  placeholder="Dharavi Commons Warehouse, 90 Feet Road"
                  onChange={set("pickup_point")}
                />
              </Field>
              <Field id="pool-freight" label={`Freight (${form.currency_code.toUpperCase()}, whole pool)`}>
                <Input
                  id="pool-freight"
                  size="small"
                  type="number"
                  min={0}
                  step="0.01"
                  value={form.freight_cost}
                  onChange={set("freight_cost")}
                />
              </Field>
              <Field id="pool-handling" label={`Handling (${form.currency_code.toUpperCase()}, whole pool)`}>
                <Input
                  id="pool-handling"
                  size="small"
                  type="number"
                  min={0}
                  step="0.01"
                  value={form.handling_cost}
                  onChange={set("handling_cost")}
                />
              </Field>
              <Field label="Split freight and handling">
                <Select size="small" value={form.cost_split} onValueChange={choose("cost_split")}>
                  <Select.Trigger aria-label="Cost split">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="quantity">By quantity</Select.Item>
                    <Select.Item value="equal">Equally per pledger</Select.Item>
                  </Select.Content>
                </Select>
              </Field>
            </div>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
