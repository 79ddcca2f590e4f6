// A small closed-loop load generator: N concurrent clients, each sending its next request when the
// last answered, for a fixed time. Records every latency, so p50/p95 are exact, not estimated.
export async function load(options) {
  // `url`, `headers` and `body` are read per request, so a getter can vary them (rotate customers or queries).
  const { method = "GET", connections = 8, seconds = 5, warmup = 20 } = options
  const send = async () => {
    const body = options.body
    const res = await fetch(options.url, {
      method,
      headers: { ...options.headers, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    await res.arrayBuffer()
    return res.status
  }
  for (let i = 0; i < warmup; i++) await send()
  const latencies = []
  const statuses = {}
  const deadline = performance.now() + seconds * 1000
  const client = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now()
      const status = await send().catch(() => 0)
      latencies.push(performance.now() - t0)
      statuses[status] = (statuses[status] ?? 0) + 1
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: connections }, client))
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
  return { requests: latencies.length, rps: latencies.length / elapsed, p50: pct(50), p95: pct(95), statuses }
}

export function table(rows, baseline) {
  const pad = (s, n) => String(s).padEnd(n)
  const num = (n, d = 1) => n.toFixed(d).padStart(8)
  console.log(
    `${pad("route", 58)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}  vs stock (p50)`
  )
  for (const r of rows) {
    const ratio = baseline ? `${(r.p50 / baseline.p50).toFixed(2)}x` : ""
    const bad = Object.keys(r.statuses).filter((s) => s !== "200")
    console.log(
      `${pad(r.name, 58)} ${num(r.rps)} ${num(r.p50)} ${num(r.p95)}  ${ratio}${bad.length ? `  non-200: ${JSON.stringify(r.statuses)}` : ""}`
    )
  }
}
