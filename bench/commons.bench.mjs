// Commons: (1) 200 businesses pledging to one pool at the same moment, more than its maximum can take,
// against a burst of 200 stock cart creations; (2) settling a pool of 2,000 pledges (capture each
// authorisation, one order per pledger). It fails (non-zero exit) if the race passes the maximum or
// the settlement leaves a pledge with more than one order. A short check run:
// BENCH_COMMONS_RACERS=20 BENCH_COMMONS_PLEDGES=20 npm run bench -- commons --seconds 1. Customers are registered through the auth and store APIs
// and pledges made through the store API (Medusa's system payment provider), in parallel batches; the
// pool's closing time is then moved into the past in the database, as the integration tests do, and
// `POST /admin/pools/:id/settle` is timed.
import http from "node:http"
import { createRequire } from "node:module"
import path from "node:path"
import { load, table } from "./lib.mjs"

const require = createRequire(path.join(import.meta.dirname, "..", "package.json"))
const PAYMENT = { provider_id: "pp_system_default" }

async function json(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${body.message ?? ""}`)
  return body
}

/** Runs `task(i)` for i < n with at most `width` at a time. */
async function parallel(n, width, task) {
  const out = new Array(n)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) {
        const i = next++
        out[i] = await task(i)
      }
    })
  )
  return out
}

/** Fires every request at once; latency per request, throughput over the whole burst. */
async function burst(n, send) {
  const latencies = []
  const statuses = {}
  const bodies = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const t0 = performance.now()
      const res = await send(i).catch(() => null)
      latencies.push(performance.now() - t0)
      const status = res?.status ?? 0
      statuses[status] = (statuses[status] ?? 0) + 1
      bodies.push({ status, body: res ? await res.json().catch(() => ({})) : {} })
    })
  )
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
  return { requests: n, rps: n / elapsed, p50: pct(50), p95: pct(95), statuses, elapsed, bodies }
}

const jwtPayload = (token) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())

/** A customer with a login: register (one password hash), create the customer, refresh the token. */
async function registerCustomer(backendUrl, store, tag, i) {
  const email = `bench-${tag}-${i}@dharavi.test`
  const password = "bench-pass-123"
  const { token: reg } = await json(`${backendUrl}/auth/customer/emailpass/register`, {
    method: "POST",
    body: JSON.stringify({ email, password }),
  })
  await json(`${backendUrl}/store/customers`, {
    method: "POST",
    headers: { ...store, authorization: `Bearer ${reg}` },
    body: JSON.stringify({ email, first_name: "Bench", last_name: `${tag} ${i}` }),
  })
  const { token } = await json(`${backendUrl}/auth/token/refresh`, {
    method: "POST",
    headers: { authorization: `Bearer ${reg}` },
  })
  if (jwtPayload(token).actor_id) return token
  return (
    await json(`${backendUrl}/auth/customer/emailpass`, { method: "POST", body: JSON.stringify({ email, password }) })
  ).token
}

/** A POST with no client-side time limit (a large settlement can take minutes). */
function postLong(url, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: "POST", headers: { ...headers, "content-type": "application/json" } },
      (res) => {
        let data = ""
        res.on("data", (c) => (data += c))
        res.on("end", () => resolve({ status: res.statusCode, body: JSON.parse(data || "{}") }))
      }
    )
    req.on("error", reject)
    req.end("{}")
  })
}

const fmt = (n, d = 1) => n.toFixed(d)

export default async function commonsBench({ backendUrl, publishableKey, seconds, db }) {
  const store = { "x-publishable-api-key": publishableKey }
  const { token } = await json(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    body: JSON.stringify({ email: "admin@dharavi.local", password: "dharavi-admin" }),
  })
  const admin = { authorization: `Bearer ${token}` }
  // The pool's material: shipped to order by the supplier, so its variant tracks no stock.
  const { product } = await json(`${backendUrl}/admin/products`, {
    method: "POST",
    headers: admin,
    body: JSON.stringify({
      title: "Bench chrome-tanned leather",
      status: "published",
      options: [{ title: "Grade", values: ["A"] }],
      variants: [
        {
          title: "Grade A",
          options: { Grade: "A" },
          prices: [{ currency_code: "inr", amount: 450 }],
          manage_inventory: false,
        },
      ],
    }),
  })
  const tag = Date.now().toString(36)
  const createPool = async (handle, over) => {
    const { pool } = await json(`${backendUrl}/admin/pools`, {
      method: "POST",
      headers: admin,
      body: JSON.stringify({
        handle,
        title: `Bench pool ${handle}`,
        product_id: product.id,
        variant_id: product.variants[0].id,
        unit: "kg",
        case_size: 10,
        tiers: [
          { min_quantity: 0, unit_price: 400 },
          { min_quantity: 500, unit_price: 350 },
          { min_quantity: 2000, unit_price: 300 },
        ],
        opens_at: new Date(Date.now() - 60_000).toISOString(),
        closes_at: new Date(Date.now() + 3 * 3600_000).toISOString(),
        pickup_point: "Dharavi Commons Warehouse",
        freight_cost: 9000,
        handling_cost: 1000,
        ...over,
      }),
    })
    await json(`${backendUrl}/admin/pools/${pool.id}/open`, { method: "POST", headers: admin, body: "{}" })
    return pool
  }
  const pledge = (pool, customerToken, body) =>
    fetch(`${backendUrl}/store/pools/${pool.id}/pledges`, {
      method: "POST",
      headers: { ...store, authorization: `Bearer ${customerToken}`, "content-type": "application/json" },
      body: JSON.stringify({ ...body, payment: PAYMENT }),
    })

  // (1) 200 pledgers at once on one pool: 5 units each, room for 3 in 5 of them (120 of 200).
  const R = Number(process.env.BENCH_COMMONS_RACERS ?? 200)
  if (!Number.isInteger(R) || R < 5 || R % 5)
    throw new Error(`BENCH_COMMONS_RACERS must be a multiple of 5, got ${process.env.BENCH_COMMONS_RACERS}`)
  const [max, fit, turnedAway] = [3 * R, (3 * R) / 5, (2 * R) / 5]
  let t0 = performance.now()
  const racers = await parallel(R, 8, (i) => registerCustomer(backendUrl, store, `race-${tag}`, i))
  console.log(`registered ${R} customers in ${fmt((performance.now() - t0) / 1000)}s`)
  const racePool = await createPool(`bench-race-${tag}`, { min_quantity: Math.min(100, max), max_quantity: max })

  const regions = await json(`${backendUrl}/store/regions`, { headers: store })
  const india = regions.regions.find((r) => r.currency_code === "inr").id
  const stock = `/store/products?limit=20&region_id=${india}`
  const rows = []
  rows.push({
    name: "stock: GET /store/products (20, priced)",
    ...(await load({ url: `${backendUrl}${stock}`, headers: store, seconds })),
  })
  const carts = await burst(R, () =>
    fetch(`${backendUrl}/store/carts`, {
      method: "POST",
      headers: { ...store, "content-type": "application/json" },
      body: JSON.stringify({ region_id: india }),
    })
  )
  rows.push({ name: `stock: POST /store/carts, ${R} at once`, ...carts, statuses: remap(carts.statuses, 200) })
  const race = await burst(R, (i) => pledge(racePool, racers[i], { quantity: 5 }))
  rows.push({
    name: `ours: POST /store/pools/:id/pledges, ${R} at once`,
    ...race,
    statuses: remap(race.statuses, 201, 409),
  })
  rows.push({
    name: "stock: GET /store/products (again)",
    ...(await load({ url: `${backendUrl}${stock}`, headers: store, seconds })),
  })
  const baseline = [rows[0], rows[rows.length - 1]].sort((a, b) => a.p50 - b.p50)[0]
  table(rows, baseline)
  const won = race.statuses[201] ?? 0
  const full = race.bodies.filter((b) => b.status === 409 && b.body.code === "pool_full").length
  const { pool: raced } = await json(`${backendUrl}/admin/pools/${racePool.id}`, { headers: admin })
  console.log(
    `pledge race: ${won} pledged (${fit} fit under max ${max}), ${full} answered 409 pool_full, other: ${JSON.stringify(
      Object.fromEntries(Object.entries(race.statuses).filter(([s]) => s !== "201" && s !== "409"))
    )}; pool pledged ${raced.progress.pledged}/${max}; burst ${fmt(race.elapsed, 2)}s vs ${fmt(carts.elapsed, 2)}s for ${R} stock carts`
  )
  if (won !== fit || full !== turnedAway || raced.progress.pledged !== max) {
    throw new Error(
      `pledge race: expected ${fit} pledges and ${turnedAway} pool_full at ${max}, got ${won} and ${full} at ${raced.progress.pledged}`
    )
  }

  // (2) A pool of 2,000 pledges, settled.
  const N = Number(process.env.BENCH_COMMONS_PLEDGES ?? 2000)
  t0 = performance.now()
  const pledgers = await parallel(N, 8, (i) => registerCustomer(backendUrl, store, `pool-${tag}`, i))
  const registered = (performance.now() - t0) / 1000
  const bigPool = await createPool(`bench-settle-${tag}`, { min_quantity: Math.min(500, N), max_quantity: 1_000_000 })
  t0 = performance.now()
  const made = await parallel(N, 16, async (i) => {
    const res = await pledge(bigPool, pledgers[i], { quantity: 1 + (i % 5), flex_quantity: i % 7 === 0 ? 3 : 0 })
    await res.arrayBuffer()
    return res.status
  })
  const pledgedIn = (performance.now() - t0) / 1000
  const ok = made.filter((s) => s === 201).length
  console.log(
    `registered ${N} customers in ${fmt(registered)}s; ${ok}/${N} pledges in ${fmt(pledgedIn)}s (${fmt(ok / pledgedIn)}/s, 16 at a time)`
  )
  if (ok !== N)
    throw new Error(
      `only ${ok} of ${N} pledges were made: ${JSON.stringify(made.filter((s) => s !== 201).slice(0, 5))}`
    )

  // Closing time comes: the pool's clock is moved (the integration tests do the same), then settled.
  const { default: pg } = await import(require.resolve("pg"))
  const client = new pg.Client({ connectionString: db.env("dharavi_bench").DATABASE_URL })
  await client.connect()
  try {
    await client.query(`update group_buy_pool set closes_at = now() - interval '1 second' where id = $1`, [bigPool.id])
    // "Settle now", pressed again while the pool is not settled (a refused request, captures to retry).
    const attempts = []
    t0 = performance.now()
    for (let i = 0; i < 5; i++) {
      const a0 = performance.now()
      const settled = await postLong(`${backendUrl}/admin/pools/${bigPool.id}/settle`, admin)
      attempts.push({
        status: settled.status,
        seconds: (performance.now() - a0) / 1000,
        result: settled.body.settlement?.status ?? settled.body.message,
        captured: settled.body.settlement?.captures?.captured?.length,
      })
      if (settled.body.settlement?.status === "settled" || settled.body.settlement?.status === "failed") break
    }
    const totalSeconds = (performance.now() - t0) / 1000
    const { pool: after, report } = await json(`${backendUrl}/admin/pools/${bigPool.id}`, { headers: admin })
    const { rows: orders } = await client.query(
      `select count(*)::int as orders, count(distinct metadata->>'pledge_id')::int as pledges from "order" where metadata->>'pool_id' = $1 and deleted_at is null`,
      [bigPool.id]
    )
    const first = attempts[0]
    console.log(
      `settlement of ${N} pledges: first POST /admin/pools/:id/settle answered ${first.status} in ${fmt(first.seconds)}s (${first.result}${first.captured != null ? `, ${first.captured} captured` : ""}); ` +
        `${attempts.length} request(s), ${fmt(totalSeconds)}s until ${after.status} (${fmt((totalSeconds * 1000) / N)} ms per pledge): ` +
        attempts.map((a) => `${a.status} ${fmt(a.seconds)}s ${a.result}`).join("; ")
    )
    console.log(
      `final: ${after.status}, ${after.final_quantity} ${after.unit} at ${after.final_unit_price}; report: captured ${report.captured}, capture_failed ${report.capture_failed}, live ${report.live}, ` +
        `amount captured ${report.amount_captured} of ${report.amount_due}; ${orders[0].orders} orders for ${orders[0].pledges} pledges`
    )
    // A pledge ordered twice is a settlement bug (two runs at once once did it): the bench fails.
    if (orders[0].orders !== orders[0].pledges) {
      throw new Error(
        `settlement: ${orders[0].orders - orders[0].pledges} duplicate orders (${orders[0].orders} orders for ${orders[0].pledges} pledges)`
      )
    }
  } finally {
    await client.end()
  }
}

/** `table` flags every status but 200; a burst's expected answers are shown as 200. */
function remap(statuses, ...expected) {
  const out = {}
  for (const [s, n] of Object.entries(statuses)) {
    const key = expected.includes(Number(s)) ? "200" : s
    out[key] = (out[key] ?? 0) + n
  }
  return out
}
