/**
 * The events the makerspace plugin emits (Medusa's event bus). Names are stable: the search plugin
 * keeps tool-houses searchable from `tool_house.created` / `tool_house.updated`.
 */
export const MakerspaceEvents = {
  /** A slot is held for a customer (with a cart: priced and added to it). */
  BOOKING_HELD: "booking.held",
  /** A held or confirmed booking is cancelled; `refund` is what the policy gave back. */
  BOOKING_CANCELLED: "booking.cancelled",
  /** The placed order paid for the booking (one event per booking). */
  BOOKING_CONFIRMED: "booking.confirmed",
  /** A tool-house was created (admin). */
  TOOL_HOUSE_CREATED: "tool_house.created",
  /** A tool-house, or one of its units, changed (admin). */
  TOOL_HOUSE_UPDATED: "tool_house.updated",
} as const

export type MakerspaceEventName = (typeof MakerspaceEvents)[keyof typeof MakerspaceEvents]

export type MakerspaceEventPayloads = {
  "booking.held": { id: string }
  "booking.cancelled": { id: string; refund: number }
  "booking.confirmed": { id: string }
  "tool_house.created": { id: string }
  "tool_house.updated": { id: string }
}
