/**
 * Request and response types of the makerspace routes (store and admin). Dates are ISO strings (UTC);
 * local dates are YYYY-MM-DD in the tool-house's IANA time zone. Money is a number in the booking's
 * currency, rounded to the paisa.
 */

export type UnitKind = "bench" | "machine" | "storage_bay"
export type BookingStatus = "held" | "confirmed" | "checked_in" | "cancelled" | "expired" | "no_show"
export type I18nText = { en?: string; hi?: string; mr?: string }
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
/** Local "HH:MM" ranges per weekday; an end before its start runs past midnight; closed days are []. */
export type OpeningHours = Partial<Record<Weekday, [string, string][]>>

/** What the public sees of a tool-house (never its owner's internal fields). */
export type StoreToolHouseFields = {
  id: string
  handle: string
  name: string
  area: string | null
  address_landmark: string | null
  description: I18nText | null
  photos: string[]
  timezone: string
  opening_hours: OpeningHours
}

/** A unit's booking rules, as the storefront needs them to offer times. */
export type StoreUnit = {
  id: string
  name: string
  kind: UnitKind
  description: I18nText | null
  min_minutes: number
  max_minutes: number
  slot_minutes: number
  min_notice_minutes: number
  max_advance_days: number
  buffer_before_minutes: number
  buffer_after_minutes: number
  daily_cap_minutes: number | null
  required_qualification_id: string | null
  variant_id: string | null
}

export type Booking = {
  id: string
  unit_id: string
  customer_id: string
  starts_at: string
  ends_at: string
  /** The booked range with the unit's buffers: what the booking keeps others from. */
  blocked_from: string
  blocked_until: string
  status: BookingStatus
  hold_expires_at: string | null
  cart_id: string | null
  line_item_id: string | null
  order_id: string | null
  /** Ten characters for the QR code the tool-house's desk scans. */
  check_in_code: string
  amount: number | null
  currency_code: string | null
  cancelled_at: string | null
  refund_amount: number | null
  payment_id: string | null
  refund_id: string | null
  checked_in_at: string | null
  created_at: string
  updated_at: string
}

// --- store ---------------------------------------------------------------------------------------

/** GET /store/tool-houses?limit&offset */
export type StoreToolHousesResponse = {
  tool_houses: (StoreToolHouseFields & { unit_counts: Partial<Record<UnitKind, number>> })[]
  count: number
  offset: number
  limit: number
}
/** GET /store/tool-houses/:id-or-handle: with its active units */
export type StoreToolHouseResponse = { tool_house: StoreToolHouseFields & { units: StoreUnit[] } }

/** GET /store/tool-houses/:id/availability */
export type StoreAvailabilityQuery = {
  from: string
  days?: number
  duration?: number
  unit_id?: string
  kind?: UnitKind
}
export type AvailabilitySlot = { starts_at: string; ends_at: string }
export type StoreAvailabilityResponse = {
  tool_house_id: string
  timezone: string
  /** The first local date, YYYY-MM-DD. */
  from: string
  days: number
  units: { unit_id: string; name: string; kind: UnitKind; slots: AvailabilitySlot[] }[]
  /** For "any unit of this kind": each start time with how many units are free then. */
  any: (AvailabilitySlot & { free_units: number })[]
}

/** POST /store/bookings: one unit, or any free unit of a kind in a tool-house; with a cart, priced into it. */
export type StoreBookingBody = {
  unit_id?: string
  tool_house_id?: string
  kind?: UnitKind
  starts_at: string
  ends_at: string
  cart_id?: string
}
/** POST /store/bookings (201) */
export type StoreBookingResponse = { booking: Booking }

export type StoreBookingWithUnit = Booking & {
  unit: {
    id: string
    name: string
    kind: UnitKind
    tool_house: { id: string; name: string; handle: string; timezone: string }
  }
}
/** GET /store/bookings?limit&offset: the customer's own, newest first */
export type StoreBookingsResponse = { bookings: StoreBookingWithUnit[]; count: number; offset: number; limit: number }
/** POST /store/bookings/:id/cancel */
export type StoreCancelBookingResponse = { booking: Booking; refund_amount: number }

// --- admin ---------------------------------------------------------------------------------------

export type AdminToolHouse = StoreToolHouseFields & {
  status: "active" | "inactive"
  seller_id: string | null
  metadata: Record<string, unknown> | null
  created_at: string
  updated_at: string
}
export type AdminUnit = StoreUnit & { tool_house_id: string; active: boolean; created_at: string; updated_at: string }
export type AdminOutage = {
  id: string
  tool_house_id: string
  unit_id: string | null
  starts_at: string
  ends_at: string
  reason: string | null
}
export type Qualification = { id: string; code: string; name: I18nText }
export type CustomerQualification = { id: string; customer_id: string; qualification_id: string; source: string }

export type AdminToolHouseBody = {
  handle: string
  name: string
  area?: string | null
  address_landmark?: string | null
  description?: I18nText | null
  photos?: string[]
  timezone?: string
  opening_hours: OpeningHours
  status?: "active" | "inactive"
  seller_id?: string | null
}
export type AdminToolHouseUpdateBody = Partial<AdminToolHouseBody>
export type AdminUnitBody = { name: string; kind: UnitKind; description?: I18nText | null } & Partial<
  Omit<StoreUnit, "id" | "name" | "kind" | "description"> & { active: boolean }
>
export type AdminUnitUpdateBody = Partial<Omit<AdminUnitBody, "kind">>
export type AdminOutageBody = { unit_id?: string | null; starts_at: string; ends_at: string; reason?: string | null }
export type AdminQualificationBody = { code: string; name: I18nText }
export type AdminGrantQualificationBody = { customer_id: string; source?: string }
export type AdminCheckInBody = { code: string }

/** GET /admin/tool-houses */
export type AdminToolHousesResponse = {
  tool_houses: (AdminToolHouse & { units: AdminUnit[] })[]
  count: number
  offset: number
  limit: number
}
/** GET /admin/tool-houses/:id: with its units and outages; POST answers the tool-house alone */
export type AdminToolHouseResponse = { tool_house: AdminToolHouse & { units?: AdminUnit[]; outages?: AdminOutage[] } }
/** POST /admin/tool-houses/:id/units (201), POST /admin/units/:id */
export type AdminUnitResponse = { unit: AdminUnit }
/** POST /admin/tool-houses/:id/outages (201) */
export type AdminOutageResponse = { outage: AdminOutage }
export type AdminOutageDeleteResponse = { id: string; object: "outage"; deleted: true }
/** GET /admin/tool-houses/:id/bookings?from&to&unit_id: the day calendar's data */
export type AdminToolHouseBookingsResponse = {
  tool_house_id: string
  timezone: string
  units: AdminUnit[]
  bookings: Booking[]
}
export type AdminQualificationsResponse = { qualifications: Qualification[] }
export type AdminQualificationResponse = { qualification: Qualification }
/** POST /admin/qualifications/:id/holders: 201 granted now, 200 held already */
export type AdminQualificationHolderResponse = { holder: CustomerQualification }
/** POST /admin/bookings/check-in */
export type AdminCheckInResponse = { booking: Booking }
