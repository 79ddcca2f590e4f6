import { needsShipping, reachedStep, resolveStep } from "../checkout-steps"
import {
  addDays,
  bookableDays,
  canCancel,
  dateInZone,
  formatBookingTime,
  freeStorageUnits,
  groupUnits,
  isAllDay,
  isIsoInstant,
  localizedDescription,
  longestFreeStay,
  pickDate,
  pickDuration,
  pickStorageDays,
  startOfDayInZone,
  storageRange,
  storageStartDays,
  type Availability,
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
    expect(groups.map((g) => [g.kind, g.units.length])).toEqual([
      ["bench", 2],
      ["machine", 1],
    ])
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

  test("a storage stay runs from local midnight to local midnight", () => {
    // Midnight in Kolkata is 18:30 UTC the day before.
    expect(startOfDayInZone("2026-11-25", "Asia/Kolkata").toISOString()).toBe("2026-11-24T18:30:00.000Z")
    expect(storageRange("2026-11-25", 3, "Asia/Kolkata")).toEqual({
      starts_at: "2026-11-24T18:30:00.000Z",
      ends_at: "2026-11-27T18:30:00.000Z",
    })
    // A DST change inside the stay: Europe/London moves from +01:00 to +00:00 on 25 Oct 2026.
    expect(storageRange("2026-10-24", 2, "Europe/London")).toEqual({
      starts_at: "2026-10-23T23:00:00.000Z",
      ends_at: "2026-10-26T00:00:00.000Z",
    })
    // Starts from tomorrow in the tool-house's zone (20:00 UTC is already the 24th in Kolkata).
    const starts = storageStartDays(new Date("2026-11-23T20:00:00Z"), "Asia/Kolkata")
    expect(starts).toHaveLength(7)
    expect(starts[0]).toBe("2026-11-25")
    expect(starts[6]).toBe("2026-12-01")
    expect(pickStorageDays("3")).toBe(3)
    expect(pickStorageDays("7")).toBe(7)
    expect(pickStorageDays("8")).toBe(1)
    expect(pickStorageDays("2.5")).toBe(1)
    expect(pickStorageDays(undefined)).toBe(1)
  })

  test("a bay is free for a stay when each of its days has a one-day slot at midnight", () => {
    const zone = "Asia/Kolkata"
    const day = (date: string) => storageRange(date, 1, zone)
    const hourLater = (date: string) => {
      const r = day(date)
      const shift = (iso: string) => new Date(Date.parse(iso) + 3600_000).toISOString()
      return { starts_at: shift(r.starts_at), ends_at: shift(r.ends_at) }
    }
    const availability: Availability = {
      tool_house_id: "th_1",
      timezone: zone,
      from: "2026-11-25",
      days: 4,
      units: [
        // Bay A: free the 25th and 26th, booked the 27th (only a later one-day slot that day).
        {
          unit_id: "a",
          name: "Bay A",
          kind: "storage_bay",
          slots: [day("2026-11-25"), day("2026-11-26"), hourLater("2026-11-27")],
        },
        // Bay B: free the 26th to the 28th.
        {
          unit_id: "b",
          name: "Bay B",
          kind: "storage_bay",
          slots: [day("2026-11-26"), day("2026-11-27"), day("2026-11-28")],
        },
      ],
      any: [],
    }
    expect(freeStorageUnits(availability, "2026-11-25", 1, zone).map((u) => u.unit_id)).toEqual(["a"])
    expect(freeStorageUnits(availability, "2026-11-25", 2, zone).map((u) => u.unit_id)).toEqual(["a"])
    expect(freeStorageUnits(availability, "2026-11-25", 3, zone)).toEqual([])
    expect(freeStorageUnits(availability, "2026-11-26", 3, zone)).toEqual([{ unit_id: "b", name: "Bay B" }])
    expect(freeStorageUnits(availability, "2026-11-26", 1, zone).map((u) => u.unit_id)).toEqual(["a", "b"])
    expect(longestFreeStay(availability, "2026-11-25", zone)).toBe(2)
    expect(longestFreeStay(availability, "2026-11-26", zone)).toBe(3)
    expect(longestFreeStay(availability, "2026-11-29", zone)).toBe(0)
  })

  test("when a booking is: hours within a day, whole days as a range of days", () => {
    const zone = "Asia/Kolkata"
    expect(formatBookingTime("2026-11-24T04:30:00.000Z", "2026-11-24T06:30:00.000Z", zone, "en-IN")).toMatch(
      /^Tue, 24 Nov, 10:00 am–12:00 pm$/i
    )
    const stay = storageRange("2026-11-25", 3, zone)
    expect(formatBookingTime(stay.starts_at, stay.ends_at, zone, "en-IN")).toMatch(/^Wed, 25 Nov – Fri, 27 Nov$/)
    const one = storageRange("2026-11-25", 1, zone)
    expect(formatBookingTime(one.starts_at, one.ends_at, zone, "en-IN")).toMatch(/^Wed, 25 Nov$/)
    expect(formatBookingTime("2026-11-24T16:30:00.000Z", "2026-11-24T20:30:00.000Z", zone, "en-IN")).toMatch(
      /^Tue, 24 Nov, 10:00 pm – Wed, 25 Nov, 2:00 am$/i
    )
    expect(isAllDay([["00:00", "00:00"]])).toBe(true)
    expect(isAllDay([["08:00", "21:00"]])).toBe(false)
  })
})
