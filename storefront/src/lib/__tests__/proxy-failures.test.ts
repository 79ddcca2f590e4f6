/**
 * The file downloads, uploads and trade names against a real HTTP server standing in for the backend
 * (on localhost, answering what each test sets): a download the backend has no file for is a 404, one it
 * failed (5xx) a 502 and one it did not answer in time a 504, each a short page in the shopper's language
 * with a link back, never a hang; a file streams through; an upload that got no answer is "unavailable";
 * trade names that could not be loaded say so instead of an empty list.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { NextResponse } from "next/server"
import hi from "../../../messages/hi.json"
import { fetchBackendFile, proxyBackendFile } from "../backend-file"
import { getTradesOrEmpty } from "../data/jobs"
import { uploadRefusal } from "../data/vendor"
import { BackendError } from "../failures"
import { limitedFetch } from "../medusa"

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let handler: Handler = (_req, res) => res.end()
let server: Server
let base = ""
const seen: string[] = []
const context = { locale: "hi" as const, back: "/hi/account/courses" }

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`.trim())
    handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(() => jest.restoreAllMocks())

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => {})
  process.env.MEDUSA_BACKEND_URL = base
  process.env.BACKEND_TIMEOUT_MS = "400"
  seen.length = 0
})

function answer(status: number, body: string | object, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, {
      "content-type": typeof body === "string" ? "application/pdf" : "application/json",
      ...headers,
    })
    res.end(typeof body === "string" ? body : JSON.stringify(body))
  }
}

async function download() {
  return proxyBackendFile("/store/enrolments/enr_1/certificate", "t0k3n", "certificate.pdf", context)
}

describe("a private file through the storefront (certificates, lesson files; line sheets share fetchBackendFile)", () => {
  test("a file streams through with the customer's token, as an attachment", async () => {
    handler = answer(200, "%PDF-1.4 certificate", { "content-disposition": 'attachment; filename="cert.pdf"' })
    const res = (await download()) as NextResponse
    expect(res.status).toBe(200)
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="cert.pdf"')
    expect(await res.text()).toBe("%PDF-1.4 certificate")
    expect(seen).toEqual(["GET /store/enrolments/enr_1/certificate Bearer t0k3n"])
  })

  test("a file the backend does not have (404) stays a 404, with a page saying so", async () => {
    handler = answer(404, { type: "not_found", message: "Enrolment enr_1 was not found" })
    const res = (await download()) as NextResponse
    expect(res).toBeInstanceOf(NextResponse)
    expect(res.status).toBe(404)
    expect(res.headers.get("x-failure")).toBe("not_found")
    expect(await res.text()).toContain(hi.Errors.failure.not_found)
  })

  test("a backend that fails (503) is a 502 that says we can't reach the workshop, in Hindi, with a link back", async () => {
    handler = answer(503, { message: "Service Unavailable" })
    const res = (await download()) as NextResponse
    expect(res.status).toBe(502)
    expect(res.headers.get("x-failure")).toBe("unavailable")
    const html = await res.text()
    expect(html).toContain(hi.Errors.failure.unavailable)
    expect(html).toContain('href="/hi/account/courses"')
    expect(html).toContain('lang="hi"')
  })

  test("a backend gateway timeout (504) stays a 504", async () => {
    handler = answer(504, { message: "Gateway Timeout" })
    expect(((await download()) as NextResponse).status).toBe(504)
  })

  test("a backend that never answers is a 504 within the time limit, not a hang", async () => {
    handler = () => {}
    const started = Date.now()
    const res = (await download()) as NextResponse
    expect(res.status).toBe(504)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  test("a closed port is a 502", async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${port}`
    expect(((await download()) as NextResponse).status).toBe(502)
  })

  test("a refusal (401, 403) is left to the route to explain (sign in, join the course)", async () => {
    handler = answer(403, { type: "not_allowed", message: "Not yours" })
    expect(await download()).toBe(403)
    handler = answer(401, { type: "unauthorized", message: "Unauthorized" })
    expect(await fetchBackendFile("/store/wholesale/line-sheets/sellers/x", {}, context, "line-sheet")).toBe(401)
  })
})

describe("uploads", () => {
  test("an upload that gets no answer in time is a BackendError 'unavailable', said as such by the form", async () => {
    handler = () => {}
    const error = await limitedFetch(
      `${base}/vendors/sellers/sel_1/uploads`,
      { method: "POST", body: "x" },
      "read"
    ).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(BackendError)
    expect((error as BackendError & { timedOut?: boolean }).timedOut).toBe(true)
    expect(uploadRefusal(error)).toEqual({ problem: "upload", failure: { error: "unavailable" } })
  })

  test("a refused photo says what was wrong with it; a throttle says how long to wait", () => {
    expect(
      uploadRefusal(
        new BackendError({ message: "Only JPEG, PNG or WebP photos", status: 400, code: "upload_type_not_allowed" })
      )
    ).toEqual({ problem: "type" })
    expect(uploadRefusal(new BackendError({ message: "Bad Gateway", status: 502 }))).toEqual({
      problem: "upload",
      failure: { error: "unavailable" },
    })
    const throttled = new BackendError({ message: "Too many", status: 429, retryAfter: 120 })
    expect(uploadRefusal(throttled)).toEqual({ problem: "upload", failure: { error: "rate_limited", wait: "2" } })
  })
})

describe("trade names", () => {
  test("a backend that fails gives an empty catalogue that says why, not a silent empty list", async () => {
    handler = answer(503, { message: "Service Unavailable" })
    await expect(getTradesOrEmpty()).resolves.toEqual({ trades: [], levels: [], failed: "unavailable" })
    handler = answer(403, { message: "Forbidden" })
    await expect(getTradesOrEmpty()).resolves.toMatchObject({ failed: "not_allowed" })
  })

  test("when the backend answers, the trades come back without a failure", async () => {
    handler = answer(200, {
      trades: [{ code: "tailor", group: "textile", names: { en: "Tailor", hi: "दर्ज़ी", mr: "शिंपी" } }],
      levels: [],
    })
    const catalogue = await getTradesOrEmpty()
    expect(catalogue.trades.map((t) => t.code)).toEqual(["tailor"])
    expect(catalogue.failed).toBeUndefined()
  })
})
