import {
  boardApiQuery,
  boardHref,
  buildEmployerBody,
  buildKarigarBody,
  buildPostBody,
  canShareContact,
  canWithdraw,
  EMPLOYER_FIELDS,
  employerActions,
  employerApi,
  employerPages,
  endOfDayIst,
  fieldsFrom,
  hasBoardFilters,
  isDate,
  isRemoved,
  jobFieldErrors,
  KARIGAR_FIELDS,
  levelFor,
  levelName,
  matchStrength,
  parseBoardFilters,
  parseRupees,
  parseScope,
  POST_FIELDS,
  scopeValue,
  skillsFromForm,
  takesApplications,
  tradeIcon,
  tradeName,
  tradesByGroup,
  withPortfolio,
  type TradeCatalogue,
} from "../jobs"

const catalogue: TradeCatalogue = {
  trades: [
    { code: "leather_cutting", group: "leather", names: { en: "Leather cutting", hi: "चमड़ा कटाई", mr: "चामडे कापणी" } },
    { code: "zari_embroidery", group: "textile", names: { en: "Zari embroidery", hi: "ज़री कढ़ाई", mr: "जरी भरतकाम" } },
    { code: "tailoring", group: "textile", names: { en: "Tailoring", hi: "सिलाई (दर्ज़ी)", mr: "शिवणकाम (शिंपी)" } },
    {
      code: "packing",
      group: "general",
      names: { en: "Packing and dispatch", hi: "पैकिंग और डिस्पैच", mr: "पॅकिंग आणि रवानगी" },
    },
  ],
  levels: [
    { code: "learner", names: { en: "Learner", hi: "सीख रहे हैं", mr: "शिकाऊ" } },
    { code: "skilled", names: { en: "Skilled", hi: "कुशल", mr: "कुशल" } },
    { code: "master", names: { en: "Master (ustad)", hi: "उस्ताद", mr: "उस्ताद" } },
  ],
}

/** A FormData-like object from pairs (repeated names allowed). */
function form(pairs: [string, string][]) {
  return {
    get: (name: string) => pairs.find(([k]) => k === name)?.[1] ?? null,
    getAll: (name: string) => pairs.filter(([k]) => k === name).map(([, v]) => v),
  }
}

describe("trades", () => {
  test("names a trade in the UI language, falling back to English, the API's name, then the code", () => {
    expect(tradeName(catalogue, "zari_embroidery", "hi")).toBe("ज़री कढ़ाई")
    expect(tradeName(catalogue, "zari_embroidery", "en")).toBe("Zari embroidery")
    expect(tradeName(null, "kiln_firing", "mr", "Kiln firing")).toBe("Kiln firing")
    expect(tradeName(null, "kiln_firing", "mr")).toBe("kiln firing")
    expect(levelName(catalogue, "master", "mr")).toBe("उस्ताद")
    expect(levelName(catalogue, "grandmaster", "en")).toBe("grandmaster")
  })

  test("groups trades in catalogue order", () => {
    expect(tradesByGroup(catalogue).map((g) => [g.group, g.trades.length])).toEqual([
      ["leather", 1],
      ["textile", 2],
      ["general", 1],
    ])
  })

  test("every trade has an icon, a new trade gets its group's and an unknown one the tools", () => {
    expect(tradeIcon("leather_cutting")).toBe("scissors")
    expect(tradeIcon("kiln_firing")).toBe("flame")
    expect(tradeIcon("footwear_making")).toBe("shoe")
    expect(tradeIcon("new_textile_trade", "textile")).toBe("needle")
    expect(tradeIcon("something")).toBe("tools")
    expect(tradeIcon(null)).toBe("tools")
  })

  test("match strength", () => {
    expect(matchStrength(90)).toBe("strong")
    expect(matchStrength(75)).toBe("strong")
    expect(matchStrength(60)).toBe("good")
    expect(matchStrength(20)).toBe("some")
  })
})

describe("statuses", () => {
  test("a karigar withdraws and shares contact while the application is open", () => {
    expect(canWithdraw("applied")).toBe(true)
    expect(canWithdraw("shortlisted")).toBe(true)
    expect(canWithdraw("hired")).toBe(false)
    expect(canShareContact("hired")).toBe(true)
    expect(canShareContact("rejected")).toBe(false)
    expect(canShareContact("withdrawn")).toBe(false)
  })

  test("an employer shortlists applied ones, hires or rejects open ones (hiring on a filled post shows the refusal)", () => {
    expect(employerActions("applied", "live")).toEqual(["shortlist", "hire", "reject"])
    expect(employerActions("shortlisted", "live")).toEqual(["hire", "reject"])
    expect(employerActions("shortlisted", "filled")).toEqual(["hire", "reject"])
    expect(employerActions("shortlisted", "closed")).toEqual(["reject"])
    expect(employerActions("hired", "live")).toEqual([])
    expect(employerActions("withdrawn", "live")).toEqual([])
  })

  test("a post takes applications while live with an opening left", () => {
    expect(takesApplications({ status: "live", openings_left: 1 })).toBe(true)
    expect(takesApplications({ status: "live", openings_left: 0 })).toBe(false)
    expect(takesApplications({ status: "filled", openings_left: 0 })).toBe(false)
  })

  test("a removed post", () => {
    expect(isRemoved({ id: "p", status: "removed", title: null })).toBe(true)
    expect(isRemoved(null)).toBe(false)
  })
})

describe("the board", () => {
  test("reads filters from the URL and drops what the plugin would refuse", () => {
    const f = parseBoardFilters(
      { q: "  cutter ", skill: "zari_embroidery", area: "Kumbharwada", type: "daily", wage_min: "७००", page: "2" },
      catalogue.trades.map((t) => t.code)
    )
    expect(f).toEqual({
      q: "cutter",
      skill: "zari_embroidery",
      area: "Kumbharwada",
      type: "daily",
      wage_min: 700,
      page: 2,
    })
    const odd = parseBoardFilters(
      { skill: "juggling", area: "K", type: "forever", wage_min: "-5", page: "0" },
      catalogue.trades.map((t) => t.code)
    )
    expect(odd).toEqual({ q: "", skill: "", area: "", type: null, wage_min: null, page: 1 })
    expect(hasBoardFilters(odd)).toBe(false)
    expect(hasBoardFilters(f)).toBe(true)
  })

  test("builds the API query with limit and offset", () => {
    const f = parseBoardFilters({ skill: "packing", page: "3", wage_min: "1,200" })
    expect(boardApiQuery(f)).toEqual({ limit: 12, offset: 24, skill: "packing", wage_min: 1200 })
  })

  test("links keep the filters and leave page 1 out", () => {
    const f = parseBoardFilters({ q: "zari", type: "long_term", page: "4" })
    expect(boardHref("/en/jobs", f)).toBe("/en/jobs?q=zari&type=long_term")
    expect(boardHref("/en/jobs", f, { type: null })).toBe("/en/jobs?q=zari")
    expect(boardHref("/en/jobs", f, { page: 5 })).toBe("/en/jobs?q=zari&type=long_term&page=5")
    expect(boardHref("/en/jobs", parseBoardFilters({}))).toBe("/en/jobs")
  })

  test("rupees in any digits", () => {
    expect(parseRupees("₹ 1,500")).toBe(1500)
    expect(parseRupees("१८०००")).toBe(18000)
    expect(parseRupees("0")).toBeNull()
    expect(parseRupees("12.5")).toBeNull()
    expect(parseRupees("")).toBeNull()
    expect(parseRupees("99999999")).toBeNull()
  })
})

describe("forms", () => {
  test("dates", () => {
    expect(isDate("2026-02-28")).toBe(true)
    expect(isDate("2026-02-30")).toBe(false)
    expect(isDate("28/02/2026")).toBe(false)
    expect(endOfDayIst("2026-03-01")).toBe("2026-03-01T23:59:59+05:30")
  })

  test("skills come from one select per trade; unknown levels are ignored", () => {
    const f = form([
      ["skill_leather_cutting", "master"],
      ["skill_tailoring", ""],
      ["skill_zari_embroidery", "guru"],
      ["skill_packing", "learner"],
    ])
    expect(skillsFromForm(f, catalogue)).toEqual([
      { trade: "leather_cutting", level: "master" },
      { trade: "packing", level: "learner" },
    ])
    expect(levelFor([{ trade: "packing", level: "skilled" }], "packing")).toBe("skilled")
    expect(levelFor(null, "packing")).toBe("")
  })

  test("a karigar profile: every field sent, empty optional ones as null, Devanagari digits accepted", () => {
    const built = buildKarigarBody(
      form([
        ["name", "  Salim   Shaikh "],
        ["skill_leather_cutting", "skilled"],
        ["years_experience", "१२"],
        ["languages", "hi"],
        ["languages", "UR"],
        ["languages", "hi"],
        ["expected_wage", "800"],
        ["wage_period", "day"],
        ["area", "Kumbharwada"],
        ["available_from", ""],
        ["available_tomorrow", "1"],
        ["story", ""],
        ["phone", "+91 98200 12345"],
        ["email", "Salim@Example.com"],
      ]),
      catalogue
    )
    expect(built).toEqual({
      ok: true,
      body: {
        name: "Salim Shaikh",
        skills: [{ trade: "leather_cutting", level: "skilled" }],
        years_experience: 12,
        languages: ["hi", "ur"],
        expected_wage: 800,
        wage_period: "day",
        area: "Kumbharwada",
        available_from: null,
        available_tomorrow: true,
        story: null,
        phone: "+91 98200 12345",
        email: "salim@example.com",
      },
    })
  })

  test("a karigar profile names every field to fix", () => {
    const built = buildKarigarBody(
      form([
        ["name", "S"],
        ["years_experience", "80"],
        ["languages", "Hindi"],
        ["expected_wage", "eight hundred"],
        ["area", ""],
        ["available_from", "2026-13-01"],
        ["phone", "call me"],
        ["email", "not-an-email"],
      ]),
      catalogue
    )
    expect(built).toEqual({
      ok: false,
      errors: [
        "name",
        "skills",
        "years_experience",
        "languages",
        "expected_wage",
        "area",
        "available_from",
        "phone",
        "email",
      ],
    })
  })

  test("an employer profile", () => {
    expect(
      buildEmployerBody(
        form([
          ["name", "Rukhsana Leather Works"],
          ["area", "Dharavi Main Road"],
          ["phone", "9820012345"],
        ])
      )
    ).toEqual({
      ok: true,
      body: {
        name: "Rukhsana Leather Works",
        area: "Dharavi Main Road",
        about: null,
        phone: "9820012345",
        email: null,
      },
    })
    expect(
      buildEmployerBody(
        form([
          ["name", "R"],
          ["area", "D"],
          ["email", "x@"],
        ])
      )
    ).toEqual({ ok: false, errors: ["name", "area", "email"] })
  })

  const post = (extra: [string, string][] = []) =>
    form([
      ["title", "Leather cutter for wallets"],
      ["skill_leather_cutting", "skilled"],
      ["employment_type", "daily"],
      ["wage_amount", "750"],
      ["wage_period", "day"],
      ["shifts", "morning"],
      ["shifts", "siesta"],
      ["area", "Kumbharwada"],
      ["landmark", "behind Kala Killa"],
      ["address", "Unit 4, Lane 2"],
      ["openings", "3"],
      ["starts_on", "2026-03-02"],
      ...extra,
    ])

  test("a job post: the expiry ends the chosen day in Mumbai; unknown shifts are dropped", () => {
    const built = buildPostBody(post([["expires_at", "2026-03-20"]]), catalogue, "2026-03-01")
    expect(built).toEqual({
      ok: true,
      body: {
        title: "Leather cutter for wallets",
        description: null,
        skills: [{ trade: "leather_cutting", level: "skilled" }],
        employment_type: "daily",
        wage_amount: 750,
        wage_period: "day",
        shifts: ["morning"],
        area: "Kumbharwada",
        landmark: "behind Kala Killa",
        address: "Unit 4, Lane 2",
        openings: 3,
        starts_on: "2026-03-02",
        ends_on: null,
        expires_at: "2026-03-20T23:59:59+05:30",
      },
    })
  })

  test("a job post's dates: no start in the past, a short job needs its end, the end not before the start", () => {
    expect(buildPostBody(post(), catalogue, "2026-03-05")).toEqual({ ok: false, errors: ["starts_on"] })
    expect(buildPostBody(post([["employment_type", "short_term"]]), catalogue, "2026-03-01")).toMatchObject({
      ok: true,
    })
    const short = form([
      ...["title", "skill_leather_cutting", "wage_amount", "area", "openings", "starts_on"].map(
        (k) => [k, post().get(k) as string] as [string, string]
      ),
      ["employment_type", "short_term"],
    ])
    expect(buildPostBody(short, catalogue, "2026-03-01")).toEqual({ ok: false, errors: ["ends_on"] })
    expect(buildPostBody(post([["ends_on", "2026-03-01"]]), catalogue, "2026-03-01")).toEqual({
      ok: false,
      errors: ["ends_on"],
    })
    expect(buildPostBody(post([["expires_at", "2026-02-01"]]), catalogue, "2026-03-01")).toEqual({
      ok: false,
      errors: ["expires_at"],
    })
  })

  test("a job post names every field to fix", () => {
    const built = buildPostBody(
      form([
        ["title", "Job"],
        ["employment_type", "gig"],
        ["wage_amount", "0"],
        ["openings", "900"],
      ]),
      catalogue,
      "2026-03-01"
    )
    expect(built).toEqual({
      ok: false,
      errors: ["title", "skills", "employment_type", "wage_amount", "area", "openings", "starts_on"],
    })
  })

  test("the plugin's refusals name the form's fields", () => {
    expect(
      jobFieldErrors("Invalid request: Field 'title' is required; Value for field 'wage_amount' too small", POST_FIELDS)
    ).toEqual(["title", "wage_amount"])
    expect(jobFieldErrors("starts_on must be today or later", POST_FIELDS)).toEqual(["starts_on"])
    expect(jobFieldErrors("phone must be 8 to 16 digits, spaces or dashes", KARIGAR_FIELDS)).toEqual(["phone"])
    expect(jobFieldErrors("Something else went wrong", EMPLOYER_FIELDS)).toEqual([])
    expect([...fieldsFrom("title,bogus,area", POST_FIELDS)]).toEqual(["title", "area"])
  })

  test("the portfolio keeps order, drops repeats and the removed photo, and holds twelve", () => {
    expect(withPortfolio(["a", "b"], ["b", "c"])).toEqual(["a", "b", "c"])
    expect(withPortfolio(["a", "b", "c"], [], "b")).toEqual(["a", "c"])
    expect(
      withPortfolio(
        [],
        Array.from({ length: 20 }, (_, i) => `u${i}`)
      )
    ).toHaveLength(12)
  })
})

describe("employers", () => {
  test("the scope travels in a form field", () => {
    expect(scopeValue({ kind: "business" })).toBe("business")
    expect(scopeValue({ kind: "seller", sellerId: "sel_01ABC" })).toBe("seller:sel_01ABC")
    expect(parseScope("seller:sel_01ABC")).toEqual({ kind: "seller", sellerId: "sel_01ABC" })
    expect(parseScope("business")).toEqual({ kind: "business" })
    expect(parseScope("seller:../admin")).toBeNull()
    expect(parseScope(undefined)).toBeNull()
  })

  test("routes of a business customer and of a seller", () => {
    expect(employerApi({ kind: "business" })).toEqual({
      profile: "/store/jobs/employer",
      prefix: "/store/jobs/employer",
    })
    expect(employerApi({ kind: "seller", sellerId: "sel_1" })).toEqual({
      profile: "/vendors/sellers/sel_1/jobs/employer",
      prefix: "/vendors/sellers/sel_1/jobs",
    })
  })

  test("their pages", () => {
    const business = employerPages("hi", { kind: "business" })
    expect([business.home, business.newPost, business.post("jp_1")]).toEqual([
      "/hi/account/employer",
      "/hi/account/employer/new",
      "/hi/account/employer/posts/jp_1",
    ])
    const seller = employerPages("en", { kind: "seller", sellerId: "sel_1" })
    expect([seller.home, seller.newPost, seller.post("jp_1")]).toEqual([
      "/en/sell/dashboard/sel_1/jobs",
      "/en/sell/dashboard/sel_1/jobs/new",
      "/en/sell/dashboard/sel_1/jobs/posts/jp_1",
    ])
  })
})
