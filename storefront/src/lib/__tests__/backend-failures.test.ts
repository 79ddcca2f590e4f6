/**
 * The loaders and sign-in actions against a real HTTP server standing in for the backend (on
 * localhost, answering what each test sets): a 5xx, a stall past the time limit or a closed port is
 * "unavailable" (thrown, so the page's error.tsx says so), never "not found"; only a real 404 is;
 * a seller or customer sign-in answered 503 or 429 never says "wrong email or password".
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { login } from "../actions/account"
import { sellerLogin } from "../actions/seller"
import { getToolHouse } from "../data/tool-houses"
import { BackendError, kindFromDigest } from "../failures"

type Handler = (req: IncomingMessage, res: ServerResponse) => void
let handler: Handler = (_req, res) => res.end()
let server: Server
let base = ""
const seen: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
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
  // The actions log what failed for the operator; that noise is expected here.
  jest.spyOn(console, "error").mockImplementation(() => {})
  process.env.MEDUSA_BACKEND_URL = base
  process.env.BACKEND_TIMEOUT_MS = "400"
  seen.length = 0
})

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers })
    res.end(JSON.stringify(body))
  }
}

/** The page's failure: the error thrown into error.tsx, read the way error.tsx reads it (its digest). */
async function thrownKind(load: Promise<unknown>) {
  const error = await load.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(BackendError)
  return kindFromDigest((error as BackendError).digest)?.kind
}

/** Where a server action redirected (Next's redirect() throws an error whose digest holds the URL). */
async function redirectOf(action: Promise<void>): Promise<URL> {
  const error = (await action.then(
    () => null,
    (e: unknown) => e
  )) as { digest?: string } | null
  const digest = error?.digest ?? ""
  expect(digest.startsWith("NEXT_REDIRECT")).toBe(true)
  return new URL(digest.split(";")[2]!, "http://storefront")
}

function loginForm(fields: Record<string, string>): FormData {
  const form = new FormData()
  for (const [k, v] of Object.entries({
    locale: "en",
    email: "imran@dharavi.local",
    password: "dharavi-seller",
    ...fields,
  }))
    form.set(k, v)
  return form
}

describe("a tool-house page's loader", () => {
  test("a real tool-house loads", async () => {
    handler = answer(200, { tool_house: { id: "th_1", handle: "kumbharwada", name: "Kumbharwada Tool-House" } })
    await expect(getToolHouse("kumbharwada")).resolves.toMatchObject({ id: "th_1", units: [] })
    expect(seen).toEqual(["GET /store/tool-houses/kumbharwada"])
  })

  test("a tool-house that does not exist (404) is null: the page calls notFound()", async () => {
    handler = answer(404, { type: "not_found", message: "Tool-house nowhere was not found" })
    await expect(getToolHouse("nowhere")).resolves.toBeNull()
  })

  test("a backend answering 503 is 'unavailable', not 'not found'", async () => {
    handler = answer(503, { type: "unexpected_state", message: "Service Unavailable" })
    expect(await thrownKind(getToolHouse("kumbharwada"))).toBe("unavailable")
  })

  test("a backend that stalls past the time limit is 'unavailable'", async () => {
    handler = () => {} // never answers
    const started = Date.now()
    expect(await thrownKind(getToolHouse("kumbharwada"))).toBe("unavailable")
    expect(Date.now() - started).toBeLessThan(3000)
  })

  test("a closed port is 'unavailable'", async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${port}`
    expect(await thrownKind(getToolHouse("kumbharwada"))).toBe("unavailable")
  })

  test("a refused token (403) is 'not allowed'", async () => {
    handler = answer(403, { type: "not_allowed", message: "Forbidden" })
    expect(await thrownKind(getToolHouse("kumbharwada"))).toBe("not_allowed")
  })
})

describe("seller sign-in ('Sell with us')", () => {
  test("a wrong password (401) says wrong email or password", async () => {
    handler = answer(401, { type: "unauthorized", message: "Invalid email or password" })
    const to = await redirectOf(sellerLogin(loginForm({})))
    expect(to.pathname).toBe("/en/sell/login")
    expect(to.searchParams.get("error")).toBe("credentials")
    expect(seen).toEqual(["POST /auth/seller/emailpass"])
  })

  test("a backend answering 503 says the service is unavailable, not wrong password", async () => {
    handler = answer(503, { message: "Service Unavailable" })
    const to = await redirectOf(sellerLogin(loginForm({})))
    expect(to.pathname).toBe("/en/sell/login")
    expect(to.searchParams.get("error")).toBe("unavailable")
  })

  test("a throttled sign-in (429, Retry-After) says to wait that many minutes", async () => {
    handler = answer(
      429,
      {
        type: "too_many_requests",
        code: "too_many_attempts",
        message: "Too many sign-in attempts",
        details: { retry_after: 170 },
      },
      { "retry-after": "170" }
    )
    const to = await redirectOf(sellerLogin(loginForm({ locale: "hi" })))
    expect(to.pathname).toBe("/hi/sell/login")
    expect(to.searchParams.get("error")).toBe("rate_limited")
    expect(to.searchParams.get("wait")).toBe("3")
  })

  test("a right password whose seller account cannot be read (502) is not 'no seller account'", async () => {
    handler = (req, res) =>
      req.url === "/auth/seller/emailpass"
        ? answer(200, { token: "t0k3n" })(req, res)
        : answer(502, { message: "Bad Gateway" })(req, res)
    const to = await redirectOf(sellerLogin(loginForm({})))
    expect(to.pathname).toBe("/en/sell/login")
    expect(to.searchParams.get("error")).toBe("unavailable")
    expect(seen).toEqual(["POST /auth/seller/emailpass", "GET /vendors/me"])
  })
})

describe("customer sign-in", () => {
  test("401 is wrong email or password; 429 is wait; a stall is unavailable", async () => {
    handler = answer(401, { type: "unauthorized", message: "Invalid email or password" })
    expect((await redirectOf(login(loginForm({})))).searchParams.get("error")).toBe("credentials")

    handler = answer(429, {
      type: "too_many_requests",
      code: "too_many_attempts",
      message: "Too many",
      details: { retry_after: 600 },
    })
    const throttled = await redirectOf(login(loginForm({ locale: "mr" })))
    expect(throttled.pathname).toBe("/mr/account/login")
    expect([throttled.searchParams.get("error"), throttled.searchParams.get("wait")]).toEqual(["rate_limited", "10"])

    handler = () => {}
    expect((await redirectOf(login(loginForm({})))).searchParams.get("error")).toBe("unavailable")
    expect(seen.every((s) => s === "POST /auth/customer/emailpass")).toBe(true)
  })
})
