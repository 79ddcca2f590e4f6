import {
  KarigarForMatch,
  PostForMatch,
  availableAt,
  perDay,
  rankKarigarsForPost,
  rankPostsForKarigar,
  scoreMatch,
  skillScore,
} from "../matching"

const now = new Date("2026-11-23T06:00:00Z")
const post = (over: Partial<PostForMatch> = {}): PostForMatch => ({
  id: "job_1",
  skills: [{ trade: "leather_cutting", level: "skilled" }],
  area: "Kumbharwada",
  starts_on: "2026-11-25T00:00:00Z",
  wage_amount: 700,
  wage_period: "day",
  ...over,
})
const karigar = (over: Partial<KarigarForMatch> = {}): KarigarForMatch => ({
  id: "kar_1",
  skills: [{ trade: "leather_cutting", level: "skilled" }],
  area: "Kumbharwada",
  available_from: null,
  available_tomorrow: false,
  expected_wage: 600,
  wage_period: "day",
  years_experience: 5,
  ...over,
})

describe("matching", () => {
  it("gives a full score to the right skill at the right level, in the same area, free in time, within the wage", () => {
    expect(scoreMatch(karigar(), post(), now)).toEqual({
      score: 100,
      skills: 50,
      area: 20,
      availability: 15,
      wage: 15,
      matched_trades: ["leather_cutting"],
    })
  })

  it("does not match without a trade in common", () => {
    expect(scoreMatch(karigar({ skills: [{ trade: "pottery", level: "master" }] }), post(), now)).toBeNull()
  })

  it("scores a higher level fully and lower levels partly", () => {
    expect(skillScore([{ trade: "pottery", level: "master" }], [{ trade: "pottery", level: "skilled" }]).ratio).toBe(1)
    expect(skillScore([{ trade: "pottery", level: "skilled" }], [{ trade: "pottery", level: "master" }]).ratio).toBe(
      0.5
    )
    expect(skillScore([{ trade: "pottery", level: "learner" }], [{ trade: "pottery", level: "master" }]).ratio).toBe(
      0.25
    )
    const two = skillScore(
      [{ trade: "pottery", level: "master" }],
      [
        { trade: "pottery", level: "skilled" },
        { trade: "kiln_firing", level: "learner" },
      ]
    )
    expect(two).toEqual({ ratio: 0.5, matched: ["pottery"] })
  })

  it("compares areas ignoring case and spaces", () => {
    expect(scoreMatch(karigar({ area: "  kumbharwada " }), post(), now)!.area).toBe(20)
    expect(scoreMatch(karigar({ area: "Koliwada" }), post(), now)!.area).toBe(0)
  })

  it("credits availability by the start date, fading over the week after", () => {
    expect(scoreMatch(karigar({ available_from: "2026-11-25T00:00:00Z" }), post(), now)!.availability).toBe(15)
    expect(scoreMatch(karigar({ available_from: "2026-11-28T12:00:00Z" }), post(), now)!.availability).toBeCloseTo(
      15 * (1 - 3.5 / 7),
      1
    )
    expect(scoreMatch(karigar({ available_from: "2026-12-10T00:00:00Z" }), post(), now)!.availability).toBe(0)
    // "Available tomorrow" beats a later date.
    const k = karigar({ available_from: "2026-12-10T00:00:00Z", available_tomorrow: true })
    expect(availableAt(k, now)).toBe(Date.parse("2026-11-24T00:00:00Z"))
    expect(scoreMatch(k, post(), now)!.availability).toBe(15)
  })

  it("fits wages per day, a month as 26 days", () => {
    expect(perDay(26_000, "month")).toBe(1000)
    expect(
      scoreMatch(karigar({ expected_wage: 18_200, wage_period: "month" }), post({ wage_amount: 700 }), now)!.wage
    ).toBe(15)
    expect(scoreMatch(karigar({ expected_wage: 1000 }), post({ wage_amount: 850 }), now)!.wage).toBe(7.5)
    expect(scoreMatch(karigar({ expected_wage: 1000 }), post({ wage_amount: 600 }), now)!.wage).toBe(0)
    expect(scoreMatch(karigar({ expected_wage: null }), post({ wage_amount: 1 }), now)!.wage).toBe(15)
  })

  it("ranks karigars for a post: skill first, then area, availability and wage; ties by experience", () => {
    const ranked = rankKarigarsForPost(
      post(),
      [
        karigar({ id: "kar_far", area: "Dharavi Cross Road" }),
        karigar({ id: "kar_potter", skills: [{ trade: "pottery", level: "master" }] }),
        karigar({ id: "kar_learner", skills: [{ trade: "leather_cutting", level: "learner" }] }),
        karigar({ id: "kar_best" }),
        karigar({ id: "kar_best_senior", years_experience: 20 }),
        karigar({ id: "kar_dear", expected_wage: 1200 }),
      ],
      now
    )
    // A karigar asking far more (no wage credit) still ranks above one from another area.
    expect(ranked.map((r) => r.karigar.id)).toEqual([
      "kar_best_senior",
      "kar_best",
      "kar_dear",
      "kar_far",
      "kar_learner",
    ])
    expect(ranked.map((r) => r.match.score)).toEqual([100, 100, 85, 80, 75])
  })

  it("ranks posts for a karigar the same way, earlier start first on a tie", () => {
    const k = karigar({
      skills: [
        { trade: "zari_embroidery", level: "master" },
        { trade: "tailoring", level: "skilled" },
      ],
      area: "Kala Killa",
    })
    const ranked = rankPostsForKarigar(
      k,
      [
        post({
          id: "job_zari_late",
          skills: [{ trade: "zari_embroidery", level: "skilled" }],
          area: "Kala Killa",
          starts_on: "2026-11-30T00:00:00Z",
        }),
        post({
          id: "job_zari_soon",
          skills: [{ trade: "zari_embroidery", level: "skilled" }],
          area: "Kala Killa",
          starts_on: "2026-11-26T00:00:00Z",
        }),
        post({ id: "job_tailor_elsewhere", skills: [{ trade: "tailoring", level: "master" }], area: "Sion" }),
        post({ id: "job_leather", area: "Kala Killa" }),
      ],
      now
    )
    expect(ranked.map((r) => r.post.id)).toEqual(["job_zari_soon", "job_zari_late", "job_tailor_elsewhere"])
    expect(ranked[2].match).toMatchObject({ skills: 25, area: 0 })
  })
})
