import {
  freeSlots,
  localDayBounds,
  openIntervals,
  unitOpenIntervals,
  whyNotBookable,
  type UnitRules,
} from "../availability"
import { localDate, offsetMinutes, zonedToUtc } from "../zoned-time"

const IST = "Asia/Kolkata"
const rules: UnitRules = {
  min_minutes: 60,
  max_minutes: 240,
  slot_minutes: 30,
  min_notice_minutes: 60,
  max_advance_days: 30,
  buffer_before_minutes: 0,
  buffer_after_minutes: 0,
}
const utc = (s: string) => new Date(s)

describe("zoned time", () => {
  it("converts tool-house wall-clock time in IST to UTC", () => {
    expect(offsetMinutes(utc("2026-11-24T00:00:00Z"), IST)).toBe(330)
    expect(zonedToUtc("2026-11-24", 9 * 60, IST).toISOString()).toBe("2026-11-24T03:30:00.000Z")
    // 02:00 UTC on the 24th is already 07:30 on the 24th in Mumbai; 20:00 UTC is 01:30 on the 25th.
    expect(localDate(utc("2026-11-24T20:00:00Z"), IST)).toBe("2026-11-25")
  })

  it("handles a zone with daylight saving (Europe/Berlin) on both sides of the change", () => {
    expect(zonedToUtc("2026-03-28", 9 * 60, "Europe/Berlin").toISOString()).toBe("2026-03-28T08:00:00.000Z")
    expect(zonedToUtc("2026-03-30", 9 * 60, "Europe/Berlin").toISOString()).toBe("2026-03-30T07:00:00.000Z")
  })

  it("gives the local day bounds used by the daily cap", () => {
    const day = localDayBounds(utc("2026-11-24T20:00:00Z"), IST)
    expect(day.from.toISOString()).toBe("2026-11-24T18:30:00.000Z")
    expect(day.to.toISOString()).toBe("2026-11-25T18:30:00.000Z")
  })
})

describe("opening hours", () => {
  it("runs an opening that ends before it starts past midnight into the next day", () => {
    // Tuesday 2026-11-24: night shift 22:00-02:00 IST.
    const open = openIntervals({ tue: [["22:00", "02:00"]] }, IST, "2026-11-24", "2026-11-24")
    expect(open.map((o) => [o.from.toISOString(), o.to.toISOString()])).toEqual([
      ["2026-11-24T16:30:00.000Z", "2026-11-24T20:30:00.000Z"],
    ])
  })

  it("keeps storage bays open round the clock, whatever the tool-house's hours", () => {
    const hours = { tue: [["08:00", "21:00"]] as [string, string][], wed: [["08:00", "21:00"]] as [string, string][] }
    const storage = unitOpenIntervals("storage_bay", hours, IST, "2026-11-24", "2026-11-25")
    // One unbroken interval covering both local days (and the day before, for spill-over).
    expect(storage).toHaveLength(1)
    expect(storage[0].from.getTime()).toBeLessThanOrEqual(zonedToUtc("2026-11-24", 0, IST).getTime())
    expect(storage[0].to.getTime()).toBeGreaterThanOrEqual(zonedToUtc("2026-11-26", 0, IST).getTime())
    expect(unitOpenIntervals("bench", hours, IST, "2026-11-24", "2026-11-25").map((o) => o.from.toISOString())).toEqual(
      ["2026-11-24T02:30:00.000Z", "2026-11-25T02:30:00.000Z"]
    )
  })

  it("includes the previous night's opening that spills into the first day", () => {
    const open = openIntervals({ mon: [["22:00", "02:00"]] }, IST, "2026-11-24", "2026-11-24")
    expect(open[0].to.toISOString()).toBe("2026-11-23T20:30:00.000Z")
  })
})

describe("what can be booked", () => {
  const now = utc("2026-11-24T00:30:00Z") // 06:00 IST
  const open = openIntervals({ tue: [["09:00", "18:00"]] }, IST, "2026-11-24", "2026-11-24")
  const base = { now, rules, timeZone: IST, open, closed: [], taken: [] }
  const at = (hhmm: string) => zonedToUtc("2026-11-24", Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), IST)

  it("accepts a booking inside opening hours on the grid", () => {
    expect(whyNotBookable({ ...base, start: at("10:00"), end: at("12:00") })).toBeNull()
  })

  it.each([
    ["08:30", "09:30", "closed"],
    ["17:00", "19:00", "closed"],
    ["10:00", "10:30", "too_short"],
    ["10:00", "15:00", "too_long"],
    ["10:15", "11:15", "off_grid"],
    ["12:00", "11:00", "invalid_range"],
  ])("refuses %s-%s IST (%s)", (from, to, code) => {
    expect(whyNotBookable({ ...base, start: at(from), end: at(to) })?.code).toBe(code)
  })

  it("enforces minimum notice and how far ahead one may book", () => {
    expect(
      whyNotBookable({ ...base, now: utc("2026-11-24T04:00:00Z"), start: at("10:00"), end: at("11:00") })?.code
    ).toBe("too_soon")
    expect(
      whyNotBookable({ ...base, now: utc("2026-10-01T00:00:00Z"), start: at("10:00"), end: at("11:00") })?.code
    ).toBe("too_far")
  })

  it("counts buffers as held time against other bookings and outages", () => {
    const buffered = { ...rules, buffer_after_minutes: 30 }
    const taken = [{ from: at("12:00"), to: at("13:00") }]
    expect(whyNotBookable({ ...base, rules: buffered, taken, start: at("11:00"), end: at("12:00") })?.code).toBe(
      "taken"
    )
    expect(whyNotBookable({ ...base, taken, start: at("11:00"), end: at("12:00") })).toBeNull()
    const closed = [{ from: at("14:00"), to: at("15:00") }]
    expect(whyNotBookable({ ...base, closed, start: at("14:30"), end: at("15:30") })?.code).toBe("outage")
  })

  it("lists free one-hour slots on the 30-minute grid around a booking", () => {
    const slots = freeSlots({ ...base, taken: [{ from: at("10:00"), to: at("11:00") }], durationMinutes: 60 })
    const starts = slots.map((s) => s.from.getTime())
    expect(starts[0]).toBe(at("09:00").getTime())
    expect(starts).not.toContain(at("09:30").getTime())
    expect(starts).not.toContain(at("10:00").getTime())
    expect(starts).toContain(at("11:00").getTime())
    expect(starts[starts.length - 1]).toBe(at("17:00").getTime())
    // 17 starts from 09:00 to 17:00, less 09:30, 10:00 and 10:30, which would overlap the 10:00-11:00 booking.
    expect(slots).toHaveLength(14)
  })
})

describe("freeSlots agrees with whyNotBookable", () => {
  it("offers exactly the candidates a request check would accept, on random busy calendars", () => {
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const now = utc("2026-11-24T00:30:00Z")
    const open = openIntervals(
      { tue: [["06:00", "22:00"]], wed: [["22:00", "02:00"]] },
      IST,
      "2026-11-24",
      "2026-11-26"
    )
    for (let round = 0; round < 30; round++) {
      const buffered = {
        ...rules,
        buffer_before_minutes: 15 * Math.floor(random() * 3),
        buffer_after_minutes: 15 * Math.floor(random() * 3),
      }
      const taken = Array.from({ length: 8 }, () => {
        const from = new Date(now.getTime() + Math.floor(random() * 60) * 30 * 60_000)
        return { from, to: new Date(from.getTime() + (1 + Math.floor(random() * 4)) * 30 * 60_000) }
      })
      const closed = [
        {
          from: new Date(now.getTime() + Math.floor(random() * 60) * 30 * 60_000),
          to: new Date(now.getTime() + 40 * 3600_000),
        },
      ]
      const query = { now, rules: buffered, timeZone: IST, open, closed, taken }
      const fast = freeSlots({ ...query, durationMinutes: 90 }).map((s) => s.from.getTime())
      const slow: number[] = []
      for (const o of open) {
        for (let t = o.from.getTime(); t + 90 * 60_000 <= o.to.getTime(); t += 30 * 60_000) {
          if (!whyNotBookable({ ...query, start: new Date(t), end: new Date(t + 90 * 60_000) })) slow.push(t)
        }
      }
      expect(fast).toEqual(slow)
    }
  })
})
