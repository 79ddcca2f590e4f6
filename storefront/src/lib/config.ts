/**
 * Runtime configuration. Read on every call (not inlined at build time) so one
 * build can talk to any backend: `next start` just needs the env vars.
 */
export function backendUrl(): string {
  return (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
}

export function publishableKey(): string {
  return process.env.MEDUSA_PUBLISHABLE_KEY || ""
}

/**
 * How long a backend call may take before the storefront says the service is unavailable
 * (`BACKEND_TIMEOUT_MS` for reads, default 10 s; writes get three times as long, since one may wait
 * up to 15 s for another request's hold on the same record).
 */
export function backendTimeoutMs(kind: "read" | "write"): number {
  const set = Number(process.env.BACKEND_TIMEOUT_MS)
  const read = Number.isFinite(set) && set > 0 ? set : 10_000
  return kind === "read" ? read : read * 3
}
