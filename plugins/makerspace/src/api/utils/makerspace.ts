import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import { notFound } from "@dharavi/errors"
import {
  MakerspaceErrors,
  MakerspaceEvents,
  type AdminOutage,
  type AdminToolHouse,
  type AdminUnit,
  type Booking,
  type BookingStatus,
  type I18nText,
  type MakerspaceErrorDetails,
  type OpeningHours,
  type Qualification,
  type StoreToolHouseFields,
  type StoreUnit,
} from "../../contract"
import { MAKERSPACE_MODULE } from "../../modules/makerspace"

/** Tells other plugins (search) that a tool-house or its units changed: `tool_house.created` / `tool_house.updated`. */
export async function announceToolHouse(scope: MedusaContainer, change: "created" | "updated", id: string) {
  const name = change === "created" ? MakerspaceEvents.TOOL_HOUSE_CREATED : MakerspaceEvents.TOOL_HOUSE_UPDATED
  await scope.resolve(Modules.EVENT_BUS).emit({ name, data: { id } })
}

/** Public tool-house fields: never the owner's internal metadata (the store routes' query fields). */
export const PUBLIC_TOOL_HOUSE = [
  "id",
  "handle",
  "name",
  "area",
  "address_landmark",
  "description",
  "photos",
  "timezone",
  "opening_hours",
] as const
export const PUBLIC_UNIT = [
  "id",
  "name",
  "kind",
  "description",
  "min_minutes",
  "max_minutes",
  "slot_minutes",
  "min_notice_minutes",
  "max_advance_days",
  "buffer_before_minutes",
  "buffer_after_minutes",
  "daily_cap_minutes",
  "required_qualification_id",
  "variant_id",
] as const

type When = Date | string
const iso = (d: When) => new Date(d).toISOString()
const isoOrNull = (d: When | null | undefined) => (d ? iso(d) : null)
const amount = (n: BigNumberInput | null | undefined) =>
  n === null || n === undefined ? null : MathBN.convert(n, 2).toNumber()

/** A tool-house's public fields, as the records (service or query.graph) hold them. */
export type ToolHouseRecord = {
  id: string
  handle: string
  name: string
  area: string | null
  address_landmark: string | null
  description: unknown
  photos: string[] | null
  timezone: string
  opening_hours: unknown
}
export type UnitRecord = Omit<StoreUnit, "description"> & { description: unknown; active: boolean }

export const toolHouseFields = (h: ToolHouseRecord): StoreToolHouseFields => ({
  id: h.id,
  handle: h.handle,
  name: h.name,
  area: h.area,
  address_landmark: h.address_landmark,
  description: (h.description ?? null) as I18nText | null,
  photos: h.photos ?? [],
  timezone: h.timezone,
  opening_hours: h.opening_hours as OpeningHours,
})

export const unitFields = (u: UnitRecord): StoreUnit => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  description: (u.description ?? null) as I18nText | null,
  min_minutes: u.min_minutes,
  max_minutes: u.max_minutes,
  slot_minutes: u.slot_minutes,
  min_notice_minutes: u.min_notice_minutes,
  max_advance_days: u.max_advance_days,
  buffer_before_minutes: u.buffer_before_minutes,
  buffer_after_minutes: u.buffer_after_minutes,
  daily_cap_minutes: u.daily_cap_minutes,
  required_qualification_id: u.required_qualification_id,
  variant_id: u.variant_id,
})

/** A booking as a service record, a raw row or query.graph holds it. */
export type BookingRecord = {
  id: string
  unit_id?: string
  unit?: { id: string } | null
  customer_id: string
  starts_at: When
  ends_at: When
  blocked_from: When
  blocked_until: When
  status: BookingStatus
  hold_expires_at: When | null
  cart_id: string | null
  line_item_id: string | null
  order_id: string | null
  check_in_code: string
  amount: BigNumberInput | null
  currency_code: string | null
  cancelled_at: When | null
  refund_amount: BigNumberInput | null
  payment_id: string | null
  refund_id: string | null
  checked_in_at: When | null
  created_at: When
  updated_at: When
}

/** A booking on the wire: ISO dates, amounts to the paisa. */
export const bookingOut = (b: BookingRecord): Booking => ({
  id: b.id,
  unit_id: b.unit_id ?? b.unit?.id ?? "",
  customer_id: b.customer_id,
  starts_at: iso(b.starts_at),
  ends_at: iso(b.ends_at),
  blocked_from: iso(b.blocked_from),
  blocked_until: iso(b.blocked_until),
  status: b.status,
  hold_expires_at: isoOrNull(b.hold_expires_at),
  cart_id: b.cart_id,
  line_item_id: b.line_item_id,
  order_id: b.order_id,
  check_in_code: b.check_in_code,
  amount: amount(b.amount),
  currency_code: b.currency_code,
  cancelled_at: isoOrNull(b.cancelled_at),
  refund_amount: amount(b.refund_amount),
  payment_id: b.payment_id,
  refund_id: b.refund_id,
  checked_in_at: isoOrNull(b.checked_in_at),
  created_at: iso(b.created_at),
  updated_at: iso(b.updated_at),
})

export const toolHouseNotFound = (id: string) =>
  notFound<MakerspaceErrorDetails["tool_house_not_found"]>(
    MakerspaceErrors.TOOL_HOUSE_NOT_FOUND,
    `Tool-house ${id} was not found`,
    { id }
  )

/** An active tool-house by id or handle, with its units; 404 tool_house_not_found otherwise. */
export async function activeToolHouse(scope: MedusaContainer, idOrHandle: string) {
  const [house] = await scope
    .resolve(MAKERSPACE_MODULE)
    .listToolHouses({ $or: [{ id: idOrHandle }, { handle: idOrHandle }], status: "active" }, { relations: ["units"] })
  if (!house) throw toolHouseNotFound(idOrHandle)
  return house
}

type Stamped = { created_at: When; updated_at: When }

/** A tool-house as the admin sees it: every field, dates as ISO strings. */
export const adminToolHouse = (
  h: ToolHouseRecord & Stamped & { status: "active" | "inactive"; seller_id: string | null; metadata: unknown }
): AdminToolHouse => ({
  ...toolHouseFields(h),
  status: h.status,
  seller_id: h.seller_id,
  metadata: (h.metadata ?? null) as Record<string, unknown> | null,
  created_at: iso(h.created_at),
  updated_at: iso(h.updated_at),
})

export const adminUnit = (
  u: UnitRecord & Stamped & { tool_house_id?: string; tool_house?: { id: string } | null }
): AdminUnit => ({
  ...unitFields(u),
  tool_house_id: u.tool_house_id ?? u.tool_house?.id ?? "",
  active: u.active,
  created_at: iso(u.created_at),
  updated_at: iso(u.updated_at),
})

export const adminOutage = (o: {
  id: string
  tool_house_id?: string
  tool_house?: { id: string } | null
  unit_id: string | null
  starts_at: When
  ends_at: When
  reason: string | null
}): AdminOutage => ({
  id: o.id,
  tool_house_id: o.tool_house_id ?? o.tool_house?.id ?? "",
  unit_id: o.unit_id,
  starts_at: iso(o.starts_at),
  ends_at: iso(o.ends_at),
  reason: o.reason,
})

export const qualificationOut = (q: { id: string; code: string; name: unknown }): Qualification => ({
  id: q.id,
  code: q.code,
  name: (q.name ?? {}) as I18nText,
})
