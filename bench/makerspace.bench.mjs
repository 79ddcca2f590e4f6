// Makerspace: availability for one tool-house of 20 units over 30 days with 5,000 existing bookings,
// and booking creation under contention (many customers racing for few slots), against stock
// Medusa's product listing measured in the same run.
import { createRequire } from "node:module"
import path from "node:path"
import { load, table } from "./lib.mjs"

const require = createRequire(path.join(import.meta.dirname, "..", "package.json"))
const IST_OFFSET_MS = 330 * 60_000

async function json(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${body.message ?? ""}`)
  return body
}

/** Today's date in Mumbai, and a Mumbai wall-clock time `days` from now as a UTC Date. */
const istDate = (days = 0) => new Date(Date.now() + IST_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10)
const ist = (days, hour, minute = 0) =>
  new Date(Date.parse(`${istDate(days)}T00:00:00Z`) - IST_OFFSET_MS + (hour * 60 + minute) * 60_000)

export default async function makerspaceBench({ backendUrl, publishableKey, seconds, db }) {
  const store = { "x-publishable-api-key": publishableKey }
  const { token } = await json(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    body: JSON.stringify({ email: "admin@dharavi.local", password: "dharavi-admin" }),
  })
  const admin = { authorization: `Bearer ${token}` }
  const everyDay = Object.fromEntries(
    ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].map((d) => [d, [["06:00", "22:00"]]])
  )
  const { tool_house: house } = await json(`${backendUrl}/admin/tool-houses`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({
      handle: `bench-house-${Date.now()}`,
      name: "Bench tool-house",
      opening_hours: everyDay,
      timezone: "Asia/Kolkata",
    }),
  })
  const units = []
  for (let i = 1; i <= 20; i++) {
    const { unit } = await json(`${backendUrl}/admin/tool-houses/${house.id}/units`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({
        name: `Bench ${String(i).padStart(2, "0")}`,
        kind: "bench",
        max_advance_days: 60,
        buffer_after_minutes: 15,
      }),
    })
    units.push(unit)
  }

  // 5,000 confirmed one-hour bookings: 20 units x 250, spread over the next 30 days.
  const { default: pg } = await import(require.resolve("pg"))
  const client = new pg.Client({ connectionString: db.env("dharavi_bench").DATABASE_URL })
  await client.connect()
  const rows = []
  for (const [u, unit] of units.entries()) {
    for (let n = 0; n < 250; n++) {
      const day = 1 + (n % 30)
      const hour = 6 + 2 * Math.floor(n / 30) // 06:00, 08:00, ... never overlapping on one unit
      const start = ist(day, hour)
      const end = new Date(start.getTime() + 3600_000)
      rows.push([
        `bkg_bench_${u}_${n}`,
        unit.id,
        `cus_bench_${n % 97}`,
        start,
        end,
        start,
        new Date(end.getTime() + 15 * 60_000),
        `B${String(u).padStart(2, "0")}${String(n).padStart(7, "0")}`,
      ])
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500)
    const values = chunk.map(
      (_, j) =>
        `($${j * 8 + 1}, $${j * 8 + 2}, $${j * 8 + 3}, $${j * 8 + 4}, $${j * 8 + 5}, $${j * 8 + 6}, $${j * 8 + 7}, 'confirmed', $${j * 8 + 8}, now(), now())`
    )
    await client.query(
      `insert into booking (id, unit_id, customer_id, starts_at, ends_at, blocked_from, blocked_until, status, check_in_code, created_at, updated_at) values ${values.join(",")}`,
      chunk.flat()
    )
  }
  await client.end()
  console.log(`seeded ${rows.length} bookings on ${units.length} units`)

  // Customers racing for slots.
  const customers = []
  for (let i = 0; i < 10; i++) {
    const email = `bench-${Date.now()}-${i}@dharavi.test`
    const password = "bench-pass-123"
    const { token: reg } = await json(`${backendUrl}/auth/customer/emailpass/register`, {
      method: "POST",
      body: JSON.stringify({ email, password }),
    })
    await json(`${backendUrl}/store/customers`, {
      method: "POST",
      headers: { ...store, authorization: `Bearer ${reg}` },
      body: JSON.stringify({ email, first_name: "Bench", last_name: String(i) }),
    })
    const { token: login } = await json(`${backendUrl}/auth/customer/emailpass`, {
      method: "POST",
      body: JSON.stringify({ email, password }),
    })
    customers.push(login)
  }

  const regions = await json(`${backendUrl}/store/regions`, { headers: store })
  const india = regions.regions.find((r) => r.currency_code === "inr").id
  const stock = `/store/products?limit=20&region_id=${india}`
  const rowsOut = []
  rowsOut.push({
    name: "stock: GET /store/products (20, priced)",
    ...(await load({ url: `${backendUrl}${stock}`, headers: store, seconds })),
  })
  rowsOut.push({
    name: "ours: availability, 20 units x 30 days, 5,000 bookings",
    ...(await load({
      url: `${backendUrl}/store/tool-houses/${house.id}/availability?from=${istDate(1)}&days=30&kind=bench&duration=60`,
      headers: store,
      seconds,
    })),
  })
  rowsOut.push({
    name: "ours: availability, 1 unit x 7 days",
    ...(await load({
      url: `${backendUrl}/store/tool-houses/${house.id}/availability?from=${istDate(1)}&days=7&unit_id=${units[0].id}`,
      headers: store,
      seconds,
    })),
  })

  // Contention: every request asks for "any bench" in one of three late-evening hours 31 days out,
  // so 20 benches x 3 hours = 60 bookings can succeed and every other request is a 409.
  let attempt = 0
  const started = performance.now()
  const race = await load({
    url: `${backendUrl}/store/bookings`,
    method: "POST",
    connections: 16,
    seconds,
    warmup: 0,
    headers: {
      ...store,
      get authorization() {
        return `Bearer ${customers[attempt++ % customers.length]}`
      },
    },
    get body() {
      const hour = 19 + (attempt % 3)
      return {
        tool_house_id: house.id,
        kind: "bench",
        starts_at: ist(31, hour).toISOString(),
        ends_at: ist(31, hour + 1).toISOString(),
      }
    },
  })
  const won = race.statuses[201] ?? 0
  rowsOut.push({ name: "ours: POST /store/bookings, any bench, contended", ...race })
  rowsOut.push({
    name: "stock: GET /store/products (again)",
    ...(await load({ url: `${backendUrl}${stock}`, headers: store, seconds })),
  })
  const baseline = [rowsOut[0], rowsOut[rowsOut.length - 1]].sort((a, b) => a.p50 - b.p50)[0]
  table(rowsOut, baseline)
  console.log(
    `contention: ${race.requests} booking requests in ${((performance.now() - started) / 1000).toFixed(1)}s, ${won} held (at most 60 possible), ${race.statuses[409] ?? 0} answered 409, other: ${JSON.stringify(
      Object.fromEntries(Object.entries(race.statuses).filter(([s]) => s !== "201" && s !== "409"))
    )}`
  )
  if (won > 60) throw new Error(`double booking: ${won} holds for 60 slots`)
}
