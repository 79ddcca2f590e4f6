import { certificateCode, normaliseCode, renderCertificate } from "../certificate"

describe("certificate codes", () => {
  it("are DHV- and two groups of four from an alphabet without look-alike characters", () => {
    const codes = new Set(Array.from({ length: 500 }, () => certificateCode()))
    expect(codes.size).toBe(500)
    for (const code of codes) expect(code).toMatch(/^DHV-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
  })

  it("come from the random bytes given", () => {
    expect(certificateCode(() => Buffer.from([0, 1, 2, 3, 4, 5, 6, 30]))).toBe("DHV-2345-678Z")
  })

  it("are matched as people type them", () => {
    expect(normaliseCode("dhv 7k3m q9tx")).toBe("DHV-7K3M-Q9TX")
    expect(normaliseCode("7K3MQ9TX")).toBe("DHV-7K3M-Q9TX")
    expect(normaliseCode(" DHV-7K3M-Q9TX ")).toBe("DHV-7K3M-Q9TX")
  })
})

describe("renderCertificate", () => {
  it("draws a one-page PDF, with a Devanagari name", async () => {
    const pdf = await renderCertificate({
      holder_name: "सुनीता पवार",
      course_title: "Leather cutting for beginners",
      teacher_name: "Ismail Shaikh",
      issued_at: "2026-11-23T10:00:00Z",
      code: "DHV-7K3M-Q9TX",
      verify_url: "http://localhost:8000/en/certificates/DHV-7K3M-Q9TX",
    })
    const text = pdf.toString("latin1")
    expect(text.startsWith("%PDF-")).toBe(true)
    expect(text.match(/\/Type \/Page\b/g)?.length).toBe(1)
    // The Devanagari font is embedded (the name needs it) and the verify link is clickable.
    expect(text).toMatch(/NotoSansDevanagari/)
    expect(text).toContain("/URI (http://localhost:8000/en/certificates/DHV-7K3M-Q9TX)")
  })
})
