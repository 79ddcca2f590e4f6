import fs from "fs"
import path from "path"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SAFE_CSP } from "@dharavi/uploads"
import { html, jpeg, multipart, png, polyglotJpeg, refusedPhotoUploads, svg, webp } from "@dharavi/uploads/test-files"
import { uploadDir } from "../../../../backend/src/api/uploads"
import { APP_DIR, adminToken, bearer, failure, openSeller, sellerUser } from "../helpers"

jest.setTimeout(300_000)

const form = (...files: [name: string, type: string, bytes: Buffer][]) => {
  const data = new FormData()
  for (const [name, type, bytes] of files) data.append("files", new Blob([bytes], { type }), name)
  return data
}

/** Every file under `dir`, relative. */
const everyFile = (dir: string): string[] =>
  fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => fs.statSync(path.join(dir, f)).isFile())
        .sort()
    : []

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("marketplace: seller photo uploads and how /static serves uploads", () => {
      let dir: string
      const fileOf = (url: string) =>
        path.join(dir, decodeURIComponent(new URL(url).pathname.replace(/^.*?\/static\//, "")))

      beforeEach(() => {
        dir = uploadDir(getContainer().resolve("configModule"))!
      })

      it("a seller still pending approval gets pages, SVG, fakes and bad names refused (coded 400s), nothing stored", async () => {
        const me = await sellerUser(api, "pending-photos@dharavi.test")
        const seller = await openSeller(api, me.token, "pending-photos")
        expect((seller as any).status).toBe("pending")
        const url = `/vendors/sellers/${seller.id}/uploads`
        const before = everyFile(dir)

        for (const [what, parts, code] of await refusedPhotoUploads()) {
          const { body, contentType } = multipart(parts)
          const res = await failure(
            api.post(url, body, { headers: { ...bearer(me.token).headers, "content-type": contentType } })
          )
          expect([what, res.status, (res.data as any).code]).toEqual([what, 400, code])
        }
        const empty = await failure(api.post(url, new FormData(), bearer(me.token)))
        expect([empty.status, (empty.data as any).code]).toEqual([400, "upload_missing"])
        expect(everyFile(dir)).toEqual(before)
      })

      it("stores JPEG, PNG and WebP re-encoded under random names, and serves them with nosniff and a CSP without script", async () => {
        const me = await sellerUser(api, "real-photos@dharavi.test")
        const seller = await openSeller(api, me.token, "real-photos")
        const url = `/vendors/sellers/${seller.id}/uploads`
        const { data, status } = await api.post(
          url,
          form(
            ["front <b>.jpg", "image/jpeg", await jpeg()],
            ["side.html", "image/jpeg", await png()],
            ["back", "image/png", await webp()],
            ["poly.jpg", "image/jpeg", await polyglotJpeg()]
          ),
          bearer(me.token)
        )
        expect(status).toBe(201)
        const urls = data.files.map((f: any) => f.url as string)
        expect(urls).toEqual(
          ["jpg", "png", "webp", "jpg"].map((ext) =>
            expect.stringMatching(new RegExp(`/static/sellers/real-photos/\\d+-[0-9a-f]{24}\\.${ext}$`))
          )
        )
        expect(urls.join(" ")).not.toMatch(/front|side|back|poly|html/)
        const kept = urls.map((u: string) => fs.readFileSync(fileOf(u)))
        expect(await Promise.all(kept.map(async (b: Buffer) => (await sharp(b).metadata()).format))).toEqual([
          "jpeg",
          "png",
          "webp",
          "jpeg",
        ])
        // Re-encoding dropped the EXIF and the page hidden after the polyglot's end.
        expect(kept[0].toString("latin1")).not.toContain("Secret Karigar")
        expect(kept[3].toString("latin1")).not.toMatch(/<script|<html/i)

        for (const [i, type] of ["image/jpeg", "image/png", "image/webp"].entries()) {
          const served = await api.get(new URL(urls[i]).pathname, { responseType: "arraybuffer" })
          expect(served.headers).toMatchObject({
            "content-type": type,
            "x-content-type-options": "nosniff",
            "content-security-policy": SAFE_CSP,
          })
          expect(served.headers["content-disposition"]).toBeUndefined()
          expect(Buffer.from(served.data).equals(kept[i])).toBe(true)
        }
        const head = await (api as any).head(new URL(urls[0]).pathname)
        expect([head.status, head.headers["x-content-type-options"]]).toEqual([200, "nosniff"])
        // Missing files and paths out of the folder are 404/400s, never another folder's file.
        expect((await failure(api.get("/static/sellers/real-photos/nothing-here.jpg"))).status).toBe(404)
        expect((await failure(api.get("/static/..%2f..%2fpackage.json"))).status).toBeGreaterThanOrEqual(400)
        expect((await failure(api.get("/static/a%00b.jpg"))).status).toBe(400)
      })

      it("Medusa's POST /admin/uploads keeps any type, but /static serves pages and SVG as sandboxed downloads", async () => {
        const admin = await adminToken(api, getContainer())
        const { data } = await api.post(
          "/admin/uploads",
          form(["evil.html", "text/html", html()], ["evil.svg", "image/svg+xml", svg()]),
          bearer(admin)
        )
        const [page, picture] = data.files.map((f: any) => new URL(f.url).pathname)
        for (const [pathname, type] of [
          [page, "text/html"],
          [picture, "image/svg+xml"],
        ]) {
          const served = await api.get(pathname, { responseType: "arraybuffer" })
          expect(served.headers["content-type"]).toContain(type)
          expect(served.headers).toMatchObject({
            "x-content-type-options": "nosniff",
            "content-security-policy": SAFE_CSP,
          })
          expect(served.headers["content-disposition"]).toBe("attachment")
        }
      })
    })
  },
})
