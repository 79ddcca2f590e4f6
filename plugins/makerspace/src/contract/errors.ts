import type { BookingStatus, UnitKind } from "./http"

/**
 * The error codes the makerspace plugin answers with, as `{ type, code, message, details }` (the
 * application's error handler), and the details each carries. The status is the type's: 404
 * not_found, 400 invalid_data / not_allowed, 403 forbidden, 409 conflict, 422 duplicate_error.
 */
export const MakerspaceErrors = {
  /** 409: someone else holds that time (PostgreSQL's exclusion constraint decided). */
  SLOT_TAKEN: "slot_taken",
  /**
   * 409: two holds raced and PostgreSQL aborted this one with nothing written. Retried inside the
   * booking step; answered only if every retry lost.
   */
  HOLD_RACE: "hold_race",
  /** 400: the time breaks one of the unit's rules; `reason` says which. */
  BOOKING_NOT_BOOKABLE: "booking_not_bookable",
  /** 403: the unit needs a qualification the customer does not hold. */
  QUALIFICATION_REQUIRED: "qualification_required",
  /** 400: the customer's booked minutes on the unit that day would pass its daily cap. */
  DAILY_CAP_REACHED: "daily_cap_reached",
  /** 404: no active unit matches the request. */
  UNIT_NOT_FOUND: "unit_not_found",
  /** 400: a unit's minimum booking is longer than its maximum. */
  UNIT_MINUTES_INVALID: "unit_minutes_invalid",
  /** 400: the unit has no online price (in the cart's currency); book it at the tool-house. */
  UNIT_NOT_PRICED: "unit_not_priced",
  /** 404 */
  TOOL_HOUSE_NOT_FOUND: "tool_house_not_found",
  /** 422 */
  TOOL_HOUSE_HANDLE_TAKEN: "tool_house_handle_taken",
  /** 422 */
  QUALIFICATION_CODE_TAKEN: "qualification_code_taken",
  /** 404: the cart is not the customer's, or is completed. */
  CART_NOT_FOUND: "cart_not_found",
  /** 404 */
  BOOKING_NOT_FOUND: "booking_not_found",
  /** 409: only a held or confirmed booking can be cancelled. */
  BOOKING_NOT_CANCELLABLE: "booking_not_cancellable",
  /** 409: the order confirmed the booking a moment ago and its capture is not noted yet. */
  BOOKING_PAYMENT_PENDING: "booking_payment_pending",
  /** 400 at checkout: a booking's hold in the cart has lapsed. */
  BOOKING_HOLD_LAPSED: "booking_hold_lapsed",
  /** 409: the check-in code was used already. */
  BOOKING_ALREADY_CHECKED_IN: "booking_already_checked_in",
  /** 400 */
  BOOKING_NOT_CONFIRMED: "booking_not_confirmed",
  /** 400: check-in opens 30 minutes before the start. */
  CHECK_IN_NOT_OPEN: "check_in_not_open",
} as const

export type MakerspaceErrorCode = (typeof MakerspaceErrors)[keyof typeof MakerspaceErrors]

/** Why a time cannot be booked on a unit (the availability rules). */
export type NotBookableReason =
  "invalid_range" | "too_short" | "too_long" | "off_grid" | "too_soon" | "too_far" | "closed" | "outage"

export type MakerspaceErrorDetails = {
  slot_taken: { starts_at: string; ends_at: string }
  hold_race: { unit_id: string }
  booking_not_bookable: { reason: NotBookableReason; unit_id: string }
  qualification_required: { unit_id: string; qualification_id: string }
  daily_cap_reached: { unit_id: string; cap_minutes: number; booked_minutes: number }
  unit_not_found: { unit_id: string | null; tool_house_id: string | null; kind: UnitKind | null }
  unit_minutes_invalid: { min_minutes: number; max_minutes: number }
  unit_not_priced: { unit_id: string; currency_code: string | null }
  tool_house_not_found: { id: string }
  tool_house_handle_taken: { handle: string }
  qualification_code_taken: { code: string }
  cart_not_found: { cart_id: string }
  booking_not_found: { id?: string }
  booking_not_cancellable: { status: BookingStatus }
  booking_payment_pending: { status: BookingStatus }
  booking_hold_lapsed: { booking_id: string; status: BookingStatus | null }
  booking_already_checked_in: { status: BookingStatus; checked_in_at: string }
  booking_not_confirmed: { status: BookingStatus }
  check_in_not_open: { starts_at: string }
}

/** An error answer of the makerspace plugin, as the storefront receives it. */
export type MakerspaceErrorBody<C extends MakerspaceErrorCode = MakerspaceErrorCode> = {
  [K in C]: { type: string; code: K; message: string; details: MakerspaceErrorDetails[K] }
}[C]
