"use server"

import { redirect } from "next/navigation"
import { authHeaders, getAuthToken } from "../cookies"
import { ensureCart } from "../data/cart"
import { describe, statusOf } from "../data/errors"
import { MakerspaceErrors } from "@dharavi/makerspace/contract"
import { formFailureQuery } from "../failures"
import { medusa } from "../medusa"
import { safeReturnPath } from "../paths"
import { isIsoInstant, UNIT_KINDS, type UnitKind } from "../tool-houses"
import { refreshEverything } from "./refresh"
import { localeOf, str, withQuery } from "./helpers"

export type BookingError = "slot_taken" | "rule" | "qualification" | "failed"

/**
 * Books one free slot: a unit (`unit_id`) or "any bench" (`tool_house_id` + `kind`). The booking is
 * added to the shopper's cart (created first when there is none), then the cart is shown.
 */
export async function bookSlot(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const back = safeReturnPath(str(form, "return_to", 500), `/${locale}/tool-houses`)
  if (!(await getAuthToken())) {
    redirect(withQuery(`/${locale}/account/login`, { return_to: back }))
  }
  const unitId = str(form, "unit_id", 100)
  const toolHouseId = str(form, "tool_house_id", 100)
  const kind = str(form, "kind", 20)
  const startsAt = str(form, "starts_at", 40)
  const endsAt = str(form, "ends_at", 40)
  if (
    !isIsoInstant(startsAt) ||
    !isIsoInstant(endsAt) ||
    (!unitId && !(toolHouseId && UNIT_KINDS.includes(kind as UnitKind)))
  ) {
    redirect(withQuery(back, { error: "rule" }))
  }

  let outcome: "ok" | "login" | "failed" = "failed"
  let failure: Record<string, string> = { error: "failed" }
  try {
    const cart = await ensureCart()
    await medusa().client.fetch("/store/bookings", {
      method: "POST",
      headers: await authHeaders(),
      body: {
        ...(unitId ? { unit_id: unitId } : { tool_house_id: toolHouseId, kind }),
        starts_at: startsAt,
        ends_at: endsAt,
        cart_id: cart.id,
      },
    })
    outcome = "ok"
  } catch (error) {
    const status = statusOf(error)
    if (status === 401) outcome = "login"
    // The booking's own answers; a busy record, an outage or a throttle is said as such.
    failure = formFailureQuery(error, ({ status }): BookingError | null =>
      status === 409
        ? "slot_taken"
        : status === 403
          ? "qualification"
          : status === 400 || status === 422
            ? "rule"
            : null
    )
    console.error("[bookings] book failed:", describe(error))
  }
  refreshEverything()
  if (outcome === "login") redirect(withQuery(`/${locale}/account/login`, { return_to: back }))
  if (outcome !== "ok") redirect(withQuery(back, failure))
  redirect(`/${locale}/cart`)
}

/** Cancels a held or confirmed booking; My bookings then shows the refund. */
export async function cancelBooking(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/account/bookings`
  if (!(await getAuthToken())) redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  const id = str(form, "booking_id", 100)
  let ok = false
  let failure: Record<string, string> = { error: "cancel" }
  try {
    if (id) {
      await medusa().client.fetch(`/store/bookings/${encodeURIComponent(id)}/cancel`, {
        method: "POST",
        headers: await authHeaders(),
        body: {},
      })
      ok = true
    }
  } catch (error) {
    console.error("[bookings] cancel failed:", describe(error))
    // A booking that can no longer be cancelled says so; the rest is said as what it was.
    failure = formFailureQuery(error, (f) =>
      f.code === MakerspaceErrors.BOOKING_NOT_CANCELLABLE
        ? "not_cancellable"
        : f.code === MakerspaceErrors.BOOKING_PAYMENT_PENDING
          ? "payment_pending"
          : null
    )
  }
  refreshEverything()
  redirect(withQuery(page, ok ? { cancelled: id } : failure))
}
