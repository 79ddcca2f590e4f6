import { needsShipping, reachedStep, resolveStep } from "../checkout-steps"
import {
  addDays,
  bookableDays,
  canCancel,
  dateInZone,
  groupUnits,
  isIsoInstant,
  localizedDescription,
  pickDate,
  pickDuration,
} from "../tool-houses"

describe("tool-houses", () => {
  test("the description in the UI language, else English, else any", () => {
    expect(localizedDescription({ en: "Benches", hi: "बेंच" }, "hi")).toEqual({ text: "बेंच", lang: "hi" })
    expect(localizedDescription({ en: "Benches" }, "mr")).toEqual({ text: "Benches", lang: "en" })
    expect(localizedDescription({ mr: "बाक" }, "en")).toEqual({ text: "बाक", lang: "mr" })
    expect(localizedDescription(null, "en")).toBeNull()
  })

  test("days in the tool-house's zone", () => {
    // 20:00 UTC is already the next day in Kolkata (+05:30).
    const at = new Date("2026-11-23T20:00:00Z")
    expect(dateInZone(at, "Asia/Kolkata")).toBe("2026-11-24")
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02")
    const days = bookableDays(at, "Asia/Kolkata")
    expect(days).toHaveLength(7)
    expect(days[0]).toBe("2026-11-24")
    expect(days[6]).toBe("2026-11-30")
    expect(pickDate("2026-11-26", days)).toBe("2026-11-26")
    expect(pickDate("2027-01-01", days)).toBe("2026-11-24")
    expect(pickDate(undefined, days)).toBe("2026-11-24")
  })

  test("durations, grouping, cancelling and instants", () => {
    expect(pickDuration("120")).toBe(120)
    expect(pickDuration("45")).toBe(60)
    expect(pickDuration(undefined)).toBe(60)
    const groups = groupUnits([{ kind: "machine" }, { kind: "bench" }, { kind: "bench" }])
    expect(groups.map((g) => [g.kind, g.units.length])).toEqual([["bench", 2], ["machine", 1]])
    expect(canCancel("held")).toBe(true)
    expect(canCancel("confirmed")).toBe(true)
    expect(canCancel("checked_in")).toBe(false)
    expect(canCancel("cancelled")).toBe(false)
    expect(isIsoInstant("2026-11-24T02:30:00.000Z")).toBe(true)
    expect(isIsoInstant("tomorrow")).toBe(false)
  })

  test("a cart of bookings only skips the delivery step", () => {
    const address = { address_1: "Room 4", country_code: "in" }
    const bookingsOnly = { email: "a@b.co", shipping_address: address, items: [{ requires_shipping: false }] }
    expect(needsShipping(bookingsOnly)).toBe(false)
    expect(reachedStep(bookingsOnly)).toBe("payment")
    expect(resolveStep("delivery", "payment", false)).toBe("payment")
    const mixed = { ...bookingsOnly, items: [{ requires_shipping: false }, { requires_shipping: true }] }
    expect(needsShipping(mixed)).toBe(true)
    expect(reachedStep(mixed)).toBe("delivery")
  })
})
