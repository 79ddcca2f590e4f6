import fs from "fs"
import path from "path"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SAFE_CSP } from "@dharavi/uploads"
import { jpeg, multipart, png, polyglotJpeg, refusedPhotoUploads, webp } from "@dharavi/uploads/test-files"
import { uploadDir } from "../../../../backend/src/api/uploads"
import { APP_DIR, as, failure, karigar, storeFixture } from "../helpers"

jest.setTimeout(300_000)

const form = (...files: [name: string, type: string, bytes: Buffer][]) => {
  const data = new FormData()
  for (const [name, type, bytes] of files) data.append("files", new Blob([bytes], { type }), name)
  return data
}

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("jobs: karigar photo uploads", () => {
      let store: { headers: Record<string, string> }
      // The local file provider's public folder (the data folder, see medusa-config.ts).
      let dir: string
      const karigarFiles = () =>
        fs.existsSync(path.join(dir, "karigars")) ? fs.readdirSync(path.join(dir, "karigars")).sort() : []
      /** The file behind an uploaded photo's URL (…/static/<key>). */
      const fileOf = (url: string) =>
        path.join(dir, decodeURIComponent(new URL(url).pathname.replace(/^.*?\/static\//, "")))

      beforeEach(async () => {
        store = (await storeFixture(getContainer())).store
        dir = uploadDir(getContainer().resolve("configModule"))!
      })

      it("stores photos re-encoded under random names with the detected type's extension; the URLs saved on the profile show on the public profile", async () => {
        const me = await karigar(api, store, "Sunita Jadhav")
        const url = "/store/jobs/profile/photos"
        const photo = await jpeg()
        expect(photo.toString("latin1")).toContain("Secret Karigar")
        const { data, status } = await api.post(url, form(["my face.jpg", "image/jpeg", photo]), as(store, me.token))
        expect(status).toBe(201)
        expect(data.photos).toEqual([
          {
            id: expect.any(String),
            url: expect.stringMatching(/^http:\/\/.+\/static\/karigars\/[^/]*[0-9a-f]{24}\.jpg$/),
          },
        ])
        const photoUrl = data.photos[0].url as string
        // Neither the client's name nor the customer's id is in the URL; the EXIF is gone.
        expect(photoUrl).not.toMatch(/face|my-/)
        expect(photoUrl).not.toContain(me.customer_id)
        const kept = fs.readFileSync(fileOf(photoUrl))
        expect(kept.toString("latin1")).not.toContain("Secret Karigar")
        const meta = await sharp(kept).metadata()
        expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["jpeg", 16, 12, undefined])

        // Several at once for the portfolio; the extension follows the bytes, never the declared type or name.
        const { data: portfolio } = await api.post(
          url,
          form(
            ["bag 1.png", "image/png", await png()],
            ["bag-2", "image/jpeg", await webp()],
            ["bag3.html", "image/png", await jpeg("#333")]
          ),
          as(store, me.token)
        )
        expect(portfolio.photos.map((p: any) => p.url)).toEqual([
          expect.stringMatching(/\/karigars\/\d+-[0-9a-f]{24}\.png$/),
          expect.stringMatching(/\/karigars\/\d+-[0-9a-f]{24}\.webp$/),
          expect.stringMatching(/\/karigars\/\d+-[0-9a-f]{24}\.jpg$/),
        ])
        expect(
          await Promise.all(
            portfolio.photos.map(async (p: any) => (await sharp(fs.readFileSync(fileOf(p.url))).metadata()).format)
          )
        ).toEqual(["png", "webp", "jpeg"])

        // A JPEG with a page after its end: stored as the picture alone.
        const { data: poly } = await api.post(
          url,
          form(["poly.jpg", "image/jpeg", await polyglotJpeg()]),
          as(store, me.token)
        )
        expect(fs.readFileSync(fileOf(poly.photos[0].url)).toString("latin1")).not.toMatch(/<script|<html/i)

        // The client saves the URLs through the profile route; the public profile shows them.
        const portfolio_urls = portfolio.photos.map((p: any) => p.url)
        const { data: saved } = await api.post(
          "/store/jobs/profile",
          { photo_url: photoUrl, portfolio_urls },
          as(store, me.token)
        )
        expect(saved.karigar).toMatchObject({ photo_url: photoUrl, portfolio_urls })
        const { data: pub } = await api.get(`/store/jobs/karigars/${me.karigar_id}`, store)
        expect(pub.karigar).toMatchObject({ name: "Sunita Jadhav", photo_url: photoUrl, portfolio_urls })
        expect(pub.karigar).not.toHaveProperty("phone")

        // Served from /static with nosniff and a CSP that forbids script; a photo shows inline.
        const served = await api.get(new URL(photoUrl).pathname, { responseType: "arraybuffer" })
        expect(served.status).toBe(200)
        expect(served.headers).toMatchObject({
          "content-type": "image/jpeg",
          "x-content-type-options": "nosniff",
          "content-security-policy": SAFE_CSP,
        })
        expect(served.headers["content-disposition"]).toBeUndefined()
        expect(Buffer.from(served.data).equals(kept)).toBe(true)
      })

      it("refuses logged-out callers (401), and pages, SVG, fakes, bad names, oversized files and too many (coded 400s) without storing anything", async () => {
        const me = await karigar(api, store, "Anwar Shaikh")
        const url = "/store/jobs/profile/photos"
        const before = karigarFiles()

        expect((await failure(api.post(url, form(["a.jpg", "image/jpeg", await jpeg()]), store))).status).toBe(401)

        for (const [what, parts, code] of await refusedPhotoUploads()) {
          const { body, contentType } = multipart(parts)
          const res = await failure(
            api.post(url, body, { headers: { ...as(store, me.token).headers, "content-type": contentType } })
          )
          expect([what, res.status, (res.data as any).code]).toEqual([what, 400, code])
        }
        const empty = await failure(api.post(url, new FormData(), as(store, me.token)))
        expect([empty.status, (empty.data as any).code]).toEqual([400, "upload_missing"])

        expect(karigarFiles()).toEqual(before)
      })
    })
  },
})
