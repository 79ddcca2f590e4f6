import http from "http"
import type { AddressInfo } from "net"
import { scriptRuns } from "@dharavi/pdf-text"
import { fetchRasterImage, formatMoney, lineSheetFilename, productUrl, tierLabel } from "../line-sheet"

describe("line sheet formatting", () => {
  it("prints money as buyers read it in each currency", () => {
    expect(formatMoney(2549, "inr")).toBe("₹2,549")
    expect(formatMoney(123450, "inr")).toBe("₹1,23,450")
    expect(formatMoney(129.5, "inr")).toBe("₹129.50")
    expect(formatMoney(31.45, "usd")).toBe("$31.45")
    expect(formatMoney(1234, "usd")).toBe("$1,234.00")
    expect(formatMoney(27.2, "eur")).toBe("€27.20")
  })

  it("labels quantity tiers and names files and product pages", () => {
    expect(tierLabel({ min_quantity: 10, max_quantity: 49 }, "en")).toBe("10–49 pcs")
    expect(tierLabel({ min_quantity: 200, max_quantity: null }, "hi")).toBe("200+ नग")
    expect(productUrl("http://localhost:8000/", "hi", "leather-tote")).toBe(
      "http://localhost:8000/hi/products/leather-tote"
    )
    expect(lineSheetFilename("imran-leather-works", "en")).toBe("imran-leather-works-line-sheet-en.pdf")
  })

  it("splits text into runs by the font that has it: Latin, Devanagari (with the rupee sign), Latin Extended", () => {
    expect(scriptRuns("थोक मूल्य: ₹2,549")).toEqual([
      { face: "deva", text: "थोक मूल्य" },
      { face: "latin", text: ": " },
      { face: "deva", text: "₹" },
      { face: "latin", text: "2,549" },
    ])
    expect(scriptRuns("Crème brûlée – Ōsaka")).toEqual([
      { face: "latin", text: "Crème brûlée – " },
      { face: "latinExt", text: "Ō" },
      { face: "latin", text: "saka" },
    ])
  })
})

describe("product photos for the sheet", () => {
  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex")
  let server: http.Server
  let base: string

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/photo.png") res.writeHead(200, { "content-type": "image/png" }).end(png)
      else if (req.url === "/moved") res.writeHead(302, { location: "/photo.png" }).end()
      else if (req.url === "/page.html") res.writeHead(200, { "content-type": "text/html" }).end("<html></html>")
      else if (req.url === "/slow.png") {
        const later = setTimeout(() => res.writeHead(200).end(png), 2000)
        req.on("close", () => clearTimeout(later))
      } else res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("embeds PNG and JPEG files, following redirects", async () => {
    expect(await fetchRasterImage(`${base}/photo.png`)).toEqual(png)
    expect(await fetchRasterImage(`${base}/moved`)).toEqual(png)
  })

  it("gives up on SVG drawings, other files, missing, slow and too large ones", async () => {
    expect(await fetchRasterImage(`${base}/drawing.svg`)).toBeNull()
    expect(await fetchRasterImage(`${base}/page.html`)).toBeNull()
    expect(await fetchRasterImage(`${base}/missing.png`)).toBeNull()
    expect(await fetchRasterImage(`${base}/slow.png`, { timeoutMs: 300 })).toBeNull()
    expect(await fetchRasterImage(`${base}/photo.png`, { maxBytes: 4 })).toBeNull()
    expect(await fetchRasterImage("file:///etc/passwd")).toBeNull()
  })
})
