import fs from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { APP_DIR, as, failure, karigar, storeFixture } from "../helpers"

jest.setTimeout(300_000)

// A 1x1 transparent PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64")
// The local file provider (medusa-config.ts) keeps uploads in static/ under the process's folder.
const STATIC_DIR = path.join(process.cwd(), "static")
const KARIGAR_DIR = path.join(STATIC_DIR, "karigars")

const form = (...files: [name: string, type: string, bytes: Buffer][]) => {
  const data = new FormData()
  for (const [name, type, bytes] of files) data.append("files", new Blob([bytes], { type }), name)
  return data
}
const stored = () => (fs.existsSync(KARIGAR_DIR) ? fs.readdirSync(KARIGAR_DIR).sort() : [])
/** The file behind an uploaded photo's URL (…/static/<key>). */
const fileOf = (url: string) => path.join(STATIC_DIR, decodeURIComponent(new URL(url).pathname.replace(/^.*?\/static\//, "")))

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("jobs: karigar photo uploads", () => {
      let store: { headers: Record<string, string> }

      beforeEach(async () => {
        store = (await storeFixture(getContainer())).store
      })

      it("uploads photos through Medusa's file module; the URLs saved on the profile show on the public profile", async () => {
        const me = await karigar(api, store, "Sunita Jadhav")
        const url = "/store/jobs/profile/photos"
        const { data, status } = await api.post(url, form(["my face.png", "image/png", PNG]), as(store, me.token))
        expect(status).toBe(201)
        expect(data.photos).toEqual([{ id: expect.any(String), url: expect.stringMatching(/^http:\/\/.+\/static\/karigars\/.*my-face\.png$/) }])
        const photo = data.photos[0].url as string
        // Stored as uploaded, under a name without the customer's id.
        expect(fs.readFileSync(fileOf(photo)).equals(PNG)).toBe(true)
        expect(photo).not.toContain(me.customer_id)

        // Several at once for the portfolio (up to six); a name's extension follows the checked type.
        const { data: portfolio } = await api.post(url, form(["bag 1.png", "image/png", PNG], ["bag-2", "image/png", PNG], ["bag3.html", "image/png", PNG]), as(store, me.token))
        expect(portfolio.photos).toHaveLength(3)
        expect(portfolio.photos.map((p: any) => p.url)).toEqual([expect.stringMatching(/bag-1\.png$/), expect.stringMatching(/bag-2\.png$/), expect.stringMatching(/bag3\.png$/)])

        // The client saves the URLs through the profile route; the public profile shows them.
        const portfolio_urls = portfolio.photos.map((p: any) => p.url)
        const { data: saved } = await api.post("/store/jobs/profile", { photo_url: photo, portfolio_urls }, as(store, me.token))
        expect(saved.karigar).toMatchObject({ photo_url: photo, portfolio_urls })
        const { data: pub } = await api.get(`/store/jobs/karigars/${me.karigar_id}`, store)
        expect(pub.karigar).toMatchObject({ name: "Sunita Jadhav", photo_url: photo, portfolio_urls })
        expect(pub.karigar).not.toHaveProperty("phone")
      })

      it("refuses logged-out callers (401), and wrong types, fakes, oversized files and too many (400) without storing anything", async () => {
        const me = await karigar(api, store, "Anwar Shaikh")
        const url = "/store/jobs/profile/photos"
        const before = stored()

        expect((await failure(api.post(url, form(["a.png", "image/png", PNG]), store))).status).toBe(401)

        const cases: [FormData, RegExp][] = [
          [form(["notes.txt", "text/plain", Buffer.from("call me on 98200 12345")]), /JPEG, PNG or WebP.*text\/plain/],
          [form(["logo.svg", "image/svg+xml", Buffer.from("<svg/>")]), /JPEG, PNG or WebP/],
          // Says PNG, is text: the bytes are checked, and one bad file stops the good one beside it.
          [form(["ok.png", "image/png", PNG], ["fake.png", "image/png", Buffer.from("<html><script>alert(1)</script></html>")]), /fake\.png.*not a PNG/],
          [form(["big.png", "image/png", Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)])]), /at most 5 MB/],
          [form(...Array.from({ length: 7 }, (_, i): [string, string, Buffer] => [`p${i}.png`, "image/png", PNG])), /at most 6 photos/],
          [new FormData(), /Attach 1 to 6 photos/],
        ]
        for (const [body, message] of cases) {
          const res = await failure(api.post(url, body, as(store, me.token)))
          expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        // Another field name than "files" is refused too.
        const wrongField = new FormData()
        wrongField.append("photo", new Blob([PNG], { type: "image/png" }), "a.png")
        expect((await failure(api.post(url, wrongField, as(store, me.token)))).status).toBe(400)

        expect(stored()).toEqual(before)
      })
    })
  },
})
