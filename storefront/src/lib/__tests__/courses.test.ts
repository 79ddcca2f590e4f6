import { SkillSchoolErrors } from "@dharavi/skill-school/contract"
import {
  canCancelSeat,
  canOpenLesson,
  catalogueHref,
  courseTitle,
  courseTitleLang,
  coursesApiQuery,
  fileSize,
  hasCourseFilters,
  isBookable,
  nextLesson,
  normaliseCertificateCode,
  paragraphs,
  parseCourseFilters,
  progressPercent,
  seatError,
  sortLessons,
  tidyCode,
  videoKind,
  workshopWhen,
} from "../courses"

const lessons = [
  { id: "les_c", position: 2 },
  { id: "les_a", position: 0 },
  { id: "les_b", position: 1 },
]

describe("course titles", () => {
  const course = { title: "Leather basics", title_i18n: { hi: "चमड़े की बुनियाद", mr: "  " } }
  test("in the reader's language when the course has it, else English", () => {
    expect(courseTitle(course, "en")).toBe("Leather basics")
    expect(courseTitle(course, "hi")).toBe("चमड़े की बुनियाद")
    expect(courseTitle(course, "mr")).toBe("Leather basics")
    expect(courseTitle({ title: "X", title_i18n: null }, "hi")).toBe("X")
  })
  test("an English fallback on a Hindi or Marathi page is marked lang=en", () => {
    expect(courseTitleLang(course, "hi")).toBeUndefined()
    expect(courseTitleLang(course, "mr")).toBe("en")
    expect(courseTitleLang(course, "en")).toBeUndefined()
  })
  test("unknown craft codes are tidied", () => {
    expect(tidyCode("block_printing")).toBe("Block printing")
    expect(tidyCode("kite-making")).toBe("Kite making")
  })
})

describe("catalogue filters", () => {
  test("parses the search params, dropping odd values", () => {
    expect(
      parseCourseFilters({ craft: "Leather", language: "HI", level: "advanced", free: "free", page: "3" })
    ).toEqual({
      craft: "leather",
      language: "hi",
      level: "advanced",
      free: "free",
      page: 3,
    })
    expect(parseCourseFilters({ craft: "a b!", language: "hin", level: "guru", free: "yes", page: "-2" })).toEqual({
      craft: "",
      language: "",
      level: null,
      free: null,
      page: 1,
    })
    expect(parseCourseFilters({ craft: ["pottery", "leather"] }).craft).toBe("pottery")
  })
  test("builds the API query with limit, offset and free as a boolean", () => {
    const f = parseCourseFilters({ craft: "pottery", free: "paid", page: "2" })
    expect(coursesApiQuery(f, 12)).toEqual({ limit: 12, offset: 12, craft: "pottery", free: "false" })
    expect(coursesApiQuery(parseCourseFilters({ free: "free" }), 12)).toEqual({ limit: 12, offset: 0, free: "true" })
  })
  test("links change one filter and go back to page 1", () => {
    const f = parseCourseFilters({ craft: "pottery", language: "mr", page: "4" })
    expect(catalogueHref("/en/courses", f, { level: "beginner" })).toBe(
      "/en/courses?craft=pottery&language=mr&level=beginner"
    )
    expect(catalogueHref("/en/courses", f, { craft: "" })).toBe("/en/courses?language=mr")
    expect(catalogueHref("/en/courses", f)).toBe("/en/courses?craft=pottery&language=mr")
    expect(catalogueHref("/en/courses", parseCourseFilters({}), { page: 2 })).toBe("/en/courses?page=2")
    expect(hasCourseFilters(f)).toBe(true)
    expect(hasCourseFilters(parseCourseFilters({ page: "2" }))).toBe(false)
  })
})

describe("learning", () => {
  test("progress in whole percent, never over 100", () => {
    expect(progressPercent(1, 3)).toBe(33)
    expect(progressPercent(2, 3)).toBe(67)
    expect(progressPercent(5, 3)).toBe(100)
    expect(progressPercent(0, 0)).toBe(0)
  })
  test("lessons in position order", () => {
    expect(sortLessons(lessons).map((l) => l.id)).toEqual(["les_a", "les_b", "les_c"])
  })
  test("continue goes to the first unfinished lesson, or the first when all are done", () => {
    expect(nextLesson(lessons, [])?.id).toBe("les_a")
    expect(nextLesson(lessons, ["les_a"])?.id).toBe("les_b")
    expect(nextLesson(lessons, ["les_a", "les_b", "les_c"])?.id).toBe("les_a")
    expect(nextLesson([], [])).toBeNull()
  })
  test("after a lesson: the next unfinished one, then an earlier one left behind, then none", () => {
    expect(nextLesson(lessons, ["les_a"], "les_a")?.id).toBe("les_b")
    expect(nextLesson(lessons, ["les_b"], "les_a")?.id).toBe("les_c")
    expect(nextLesson(lessons, ["les_c"], "les_c")?.id).toBe("les_a")
    expect(nextLesson(lessons, ["les_a", "les_b", "les_c"], "les_c")).toBeNull()
  })
  test("preview lessons open for anyone, the rest for learners", () => {
    expect(canOpenLesson({ is_preview: true }, false)).toBe(true)
    expect(canOpenLesson({ is_preview: false }, false)).toBe(false)
    expect(canOpenLesson({ is_preview: false }, true)).toBe(true)
  })
  test("a direct MP4 plays in the page, other links open in their app", () => {
    expect(videoKind("https://cdn.example.com/l/1.mp4")).toBe("file")
    expect(videoKind("https://cdn.example.com/l/1.MP4?sig=x")).toBe("file")
    expect(videoKind("https://www.youtube.com/watch?v=abc")).toBe("link")
    expect(videoKind("javascript:alert(1)")).toBeNull()
    expect(videoKind("not a url")).toBeNull()
    expect(videoKind(null)).toBeNull()
  })
  test("bodies split into paragraphs on blank lines", () => {
    expect(paragraphs("One\r\nstill one\n\n  Two  \n\n\n")).toEqual(["One\nstill one", "Two"])
    expect(paragraphs(null)).toEqual([])
  })
  test("file sizes people can read", () => {
    expect(fileSize(900)).toBe("900 B")
    expect(fileSize(12 * 1024)).toBe("12 KB")
    expect(fileSize(3.4 * 1024 * 1024)).toBe("3.4 MB")
  })
})

describe("certificate codes", () => {
  test("typed in any case, with or without dashes or the prefix", () => {
    expect(normaliseCertificateCode("DHV-7K3M-Q9TX")).toBe("DHV-7K3M-Q9TX")
    expect(normaliseCertificateCode("dhv 7k3m q9tx")).toBe("DHV-7K3M-Q9TX")
    expect(normaliseCertificateCode("7k3mq9tx")).toBe("DHV-7K3M-Q9TX")
  })
  test("refuses what cannot be a code (length, look-alike characters)", () => {
    expect(normaliseCertificateCode("DHV-7K3M-Q9T")).toBeNull()
    expect(normaliseCertificateCode("DHV-OK3M-Q9TX")).toBeNull()
    expect(normaliseCertificateCode("DHV-1K3M-Q9TX")).toBeNull()
    expect(normaliseCertificateCode("")).toBeNull()
  })
})

describe("workshop seats", () => {
  test("409 types and messages become the page's reasons", () => {
    expect(seatError(409, SkillSchoolErrors.SEATS_GONE)).toBe("seats_gone")
    expect(seatError(409, SkillSchoolErrors.ALREADY_SEATED)).toBe("already_seated")
    // Only the code counts: the English message is never read.
    expect(seatError(409, "You already have a seat at this workshop.")).toBe("seats_gone")
    expect(seatError(401, "")).toBe("login")
    expect(seatError(500, null)).toBe("failed")
  })
  test("holds and free seats can be let go, paid confirmed seats cannot", () => {
    expect(canCancelSeat({ status: "held", workshop: { is_free: false } })).toBe(true)
    expect(canCancelSeat({ status: "confirmed", workshop: { is_free: true } })).toBe(true)
    expect(canCancelSeat({ status: "confirmed", workshop: { is_free: false } })).toBe(false)
    expect(canCancelSeat({ status: "expired", workshop: { is_free: true } })).toBe(false)
  })
  test("bookable while scheduled, in the future, with a seat left", () => {
    const now = Date.parse("2026-03-01T00:00:00Z")
    const w = { status: "scheduled" as const, starts_at: "2026-03-02T05:00:00Z", seats_left: 2 }
    expect(isBookable(w, now)).toBe(true)
    expect(isBookable({ ...w, seats_left: 0 }, now)).toBe(false)
    expect(isBookable({ ...w, status: "cancelled" }, now)).toBe(false)
    expect(isBookable({ ...w, starts_at: "2026-02-28T05:00:00Z" }, now)).toBe(false)
  })
  test("time shown in the workshop's own zone", () => {
    const when = workshopWhen(
      { starts_at: "2026-03-02T04:30:00Z", ends_at: "2026-03-02T06:30:00Z", timezone: "Asia/Kolkata" },
      "en-IN"
    )
    expect(when).toMatch(/10:00/)
    expect(when).toMatch(/12:00/)
    expect(
      workshopWhen(
        { starts_at: "2026-03-02T04:30:00Z", ends_at: "2026-03-02T06:30:00Z", timezone: "Not/AZone" },
        "en-IN"
      )
    ).toMatch(/10:00/)
  })
})
