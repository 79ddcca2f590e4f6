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
