import fs from "fs"
import path from "path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminToken, customerToken, seedDemo } from "../utils"

// Malformed input against every route our plugins declare (found from their route files, so a new
// route is covered without touching this test) and a sample of Medusa's own: whatever is sent, the
// answer is never a 500. Bounded: a fixed list of inputs per route, run one after another.
jest.setTimeout(900_000)

const ROOT = path.resolve(__dirname, "../../..")

type Route = { method: "GET" | "POST" | "DELETE"; path: string }

/** Every route file of every plugin: its URL pattern and the methods it exports. */
function pluginRoutes(): Route[] {
  const routes: Route[] = []
  for (const plugin of fs.readdirSync(path.join(ROOT, "plugins"))) {
    const apiDir = path.join(ROOT, "plugins", plugin, "src", "api")
    if (!fs.existsSync(apiDir)) continue
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (entry.name === "route.ts") {
          const source = fs.readFileSync(full, "utf8")
          const url = "/" + path.relative(apiDir, dir).split(path.sep).join("/")
          for (const method of ["GET", "POST", "DELETE"] as const) {
            if (new RegExp(`export (async )?(function|const) ${method}\\b`).test(source))
              routes.push({ method, path: url })
          }
        }
      }
    }
    walk(apiDir)
  }
  return routes
}

/** Medusa's own routes people reach with ids and lists. */
const MEDUSA_ROUTES: Route[] = [
  { method: "GET", path: "/store/products" },
  { method: "GET", path: "/store/products/[id]" },
  { method: "GET", path: "/store/carts/[id]" },
  { method: "POST", path: "/store/carts" },
  { method: "POST", path: "/store/carts/[id]/line-items" },
  { method: "GET", path: "/store/regions/[id]" },
  { method: "GET", path: "/store/orders/[id]" },
  { method: "GET", path: "/admin/products" },
  { method: "GET", path: "/admin/orders/[id]" },
  { method: "POST", path: "/admin/products" },
]

const BAD_IDS = [
  "%E0%A4",
  "abc%00def",
  "..%2F..%2Fetc%2Fpasswd",
  "x".repeat(3000),
  "%F0%9F%92%A9",
  "1e309",
  "-1",
  "null",
]
const BAD_QUERIES = [
  "limit=-1",
  "offset=-1",
  "limit=abc",
  "q=%00",
  "q=%E0%A4",
  "fields=%00",
  "order=%00",
  "limit=1&limit=2",
  "id[$ne]=x",
  "from=99999999999999",
]
const BAD_BODIES: unknown[] = [
  { a: "\u0000" },
  { title: "x".repeat(200_000) },
  { quantity: -1, amount: "1e309", starts_at: 99999999999999, ends_at: "yesterday" },
  { quantity: "10", id: { $ne: null }, __proto__: { admin: true } },
  [1, 2, 3],
  { nested: JSON.parse("[".repeat(200) + "]".repeat(200)) },
  { email: "a@b.c\u0000", phone: "+91\u0000", name: "\ud800" },
]

/** Fills the path's parameters with `id`; a vendor route's seller is the caller's own (when given), so the rest is reached. */
const fill = (pattern: string, id: string, sellerId?: string) =>
  pattern.replace(/\[([^\]]+)\]/g, (_, name) => (name === "seller_id" && sellerId ? sellerId : id))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("answers malformed paths, queries and bodies on every route without a 500", async () => {
      const store = await seedDemo(getContainer())
      const admin = await adminToken(api, getContainer())
      const { token: customer } = await customerToken(api, store)
      const { data: sellerLogin } = await api.post("/auth/seller/emailpass", {
        email: "imran@dharavi.local",
        password: process.env.SEED_SELLER_PASSWORD || "dharavi-seller",
      })
      const seller = sellerLogin.token as string
      const { data: me } = await api.get("/vendors/me", { headers: { authorization: `Bearer ${seller}` } })
      const sellerId: string = me.memberships[0]?.seller.id
      expect(sellerId).toBeTruthy()
      const as = (route: string) => {
        const token = route.startsWith("/admin")
          ? admin
          : route.startsWith("/vendors")
            ? seller
            : route.startsWith("/store")
              ? customer
              : undefined
        return {
          headers: { ...store.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
          validateStatus: () => true,
          maxRedirects: 0,
        }
      }
      const routes = [...pluginRoutes(), ...MEDUSA_ROUTES]
      expect(routes.length).toBeGreaterThan(100)
      const failures: string[] = []
      let sent = 0
      const send = async (method: Route["method"], url: string, body?: unknown) => {
        sent++
        const config = as(url)
        const res =
          method === "GET"
            ? await api.get(url, config)
            : method === "DELETE"
              ? await api.delete(url, config)
              : await api.post(url, body, {
                  ...config,
                  headers: { ...config.headers, "content-type": "application/json" },
                })
        if (res.status >= 500)
          failures.push(
            `${method} ${url.slice(0, 120)} ${body ? JSON.stringify(body).slice(0, 80) : ""} -> ${res.status} ${JSON.stringify(res.data).slice(0, 160)}`
          )
      }
      for (const route of routes) {
        const hasParams = /\[[^\]]+\]/.test(route.path)
        for (const id of hasParams ? BAD_IDS : ["x"]) {
          const url = fill(route.path, id, id === BAD_IDS[0] ? undefined : sellerId)
          if (route.method === "GET") {
            await send("GET", url)
            for (const q of BAD_QUERIES) await send("GET", `${url}?${q}`)
          } else if (route.method === "POST") {
            for (const body of hasParams && id !== BAD_IDS[1] ? [BAD_BODIES[0]] : BAD_BODIES)
              await send("POST", url, body)
          } else {
            await send("DELETE", url)
          }
        }
      }
      expect(sent).toBeGreaterThan(1000)
      expect(failures).toEqual([])
    })
  },
})
