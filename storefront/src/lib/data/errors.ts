/** HTTP status of a js-sdk FetchError (or anything shaped like one). */
export function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status
  return typeof s === "number" ? s : undefined
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404
}

export function isUnauthorized(error: unknown): boolean {
  const s = statusOf(error)
  return s === 401 || s === 403
}

/** A short message for the server log, never shown to shoppers. */
export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}
