import fs from "fs"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SAFE_CSP } from "@dharavi/uploads"
import { fakeJpeg, html, polyglotJpeg, svg } from "@dharavi/uploads/test-files"
import { APP_DIR, adminToken, bearer, failure, storeFixture } from "../../../../backend/integration-tests/utils"
import { SKILL_SCHOOL_MODULE } from "../../src/modules/skill-school"

jest.setTimeout(300_000)

const PDF = Buffer.from("%PDF-1.4\n% a tiny lesson sheet\n%%EOF\n")
// The first bytes of an MP4 (ftyp box, isom brand) and of an MP3 (ID3 tag).
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypisom"), Buffer.alloc(12)])
const MP3 = Buffer.concat([Buffer.from("ID3"), Buffer.from([4, 0, 0, 0, 0, 0, 0]), Buffer.alloc(32)])

/** A request that must succeed; a failure shows the answer's body. */
const ok = <T>(request: Promise<T>) =>
  request.catch((e: any) => Promise.reject(new Error(`${e.response?.status} ${JSON.stringify(e.response?.data)}`)))

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("skill school: lesson files", () => {
      it("decides a lesson file's type from its bytes, stores it privately under a random name, and downloads it with safe headers", async () => {
        const container = getContainer()
        const { store } = await storeFixture(container)
        const admin = bearer(await adminToken(api, container))
        const fileModule = container.resolve("file") as any
        const privateDir = (container.resolve("configModule") as any).modules.file.options.providers[0].options
          .private_upload_dir as string
        const privateFiles = () => (fs.existsSync(privateDir) ? fs.readdirSync(privateDir).sort() : [])
        // The private folder is in the data folder, outside backend/ that `medusa develop` watches.
        expect(privateDir).toMatch(/[/\\]\.data[/\\]/)
        expect(privateDir.startsWith(APP_DIR)).toBe(false)

        const { data: created } = await ok(
          api.post(
            "/admin/courses",
            {
              handle: "upload-safety",
              title: "Upload safety",
              teacher_name: "Platform",
              languages: ["en"],
              craft: "machines",
              status: "published",
              is_free: true,
            },
            admin
          )
        )
        const course = created.course
        const { data: made } = await ok(
          api.post(`/admin/courses/${course.id}/lessons`, { title: "Sheets", kind: "file", is_preview: true }, admin)
        )
        const lessonId = made.lesson.id
        const filesUrl = `/admin/courses/${course.id}/lessons/${lessonId}/files`
        const post = (filename: string, mime_type: string, bytes: Buffer) =>
          api.post(filesUrl, { filename, mime_type, content_base64: bytes.toString("base64") }, admin)

        // --- Refused with a coded 400, nothing stored and the lesson unchanged.
        const before = privateFiles()
        const refusals: [string, () => Promise<unknown>, string[]][] = [
          [
            "an HTML page declared as a PDF",
            () => post("sheet.pdf", "application/pdf", html()),
            ["upload_type_not_allowed"],
          ],
          [
            "an SVG with script declared as a PNG",
            () => post("diagram.png", "image/png", svg()),
            ["upload_type_not_allowed"],
          ],
          ["a fake JPEG", () => post("photo.jpg", "image/jpeg", fakeJpeg()), ["upload_type_not_allowed"]],
          [
            "a NUL byte in the name",
            () => post("sheet\u0000.html", "application/pdf", PDF),
            ["upload_bad_name", "invalid_input"],
          ],
          // The body validator already refuses a name with a slash (the app codes it invalid_input); `..` alone is ours.
          [
            "a ../ path as the name",
            () => post("../../etc/passwd", "application/pdf", PDF),
            ["upload_bad_name", "invalid_input"],
          ],
          ["'..' as the name", () => post("..", "application/pdf", PDF), ["upload_bad_name"]],
        ]
        for (const [what, request, codes] of refusals) {
          const res = await failure(request())
          expect([what, res.status, codes.includes((res.data as any).code)]).toEqual([what, 400, true])
        }
        expect(privateFiles()).toEqual(before)
        expect((await (container.resolve(SKILL_SCHOOL_MODULE) as any).retrieveLesson(lessonId)).files ?? []).toEqual([])

        // --- Accepted: the detected type wins over the declared one; pictures are re-encoded.
        const { data: withPdf } = await ok(post("sheet <1>.pdf", "application/pdf", PDF))
        expect(withPdf.lesson.files[0]).toMatchObject({
          name: "sheet <1>.pdf",
          mime_type: "application/pdf",
          size: PDF.length,
        })
        await ok(post("clip.mp4", "video/mp4", MP4))
        await ok(post("talk.mp3", "audio/mpeg", MP3))
        const { data: withPhoto } = await ok(post("pattern.png", "image/png", await polyglotJpeg()))
        expect(withPhoto.lesson.files.map((f: any) => f.mime_type)).toEqual([
          "application/pdf",
          "video/mp4",
          "audio/mpeg",
          "image/jpeg",
        ])

        // Stored flat under random names with the detected extension; the admin's names are only labels.
        const lesson = await (container.resolve(SKILL_SCHOOL_MODULE) as any).retrieveLesson(lessonId)
        const keys = lesson.files.map((f: any) => f.key as string)
        expect(keys).toEqual(
          ["pdf", "mp4", "mp3", "jpg"].map((ext) =>
            expect.stringMatching(new RegExp(`^private-\\d+-[0-9a-f]{24}\\.${ext}$`))
          )
        )
        expect(privateFiles()).toEqual(expect.arrayContaining(keys))
        const photo = await fileModule.getAsBuffer(keys[3])
        expect((await sharp(photo).metadata()).format).toBe("jpeg")
        expect(photo.toString("latin1")).not.toMatch(/<script|<html/i)

        // --- The learner's download: always an attachment, nosniff, a CSP without script.
        for (const [index, type] of [
          [0, "application/pdf"],
          [3, "image/jpeg"],
        ] as const) {
          const res = await api.get(`/store/courses/${course.id}/lessons/${lessonId}/files/${index}`, {
            ...store,
            responseType: "arraybuffer",
          })
          expect(res.headers["content-type"]).toContain(type)
          expect(res.headers).toMatchObject({
            "x-content-type-options": "nosniff",
            "content-security-policy": SAFE_CSP,
            "cache-control": "private, no-store",
          })
          expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="/)
        }
        const pdf = await api.get(`/store/courses/${course.id}/lessons/${lessonId}/files/0`, {
          ...store,
          responseType: "arraybuffer",
        })
        expect(Buffer.from(pdf.data)).toEqual(PDF)
        expect(pdf.headers["content-disposition"]).toBe(
          `attachment; filename="sheet _1_.pdf"; filename*=UTF-8''sheet%20%3C1%3E.pdf`
        )
      })
    })
  },
})
