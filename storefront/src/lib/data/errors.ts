import { classify, type FailureKind } from "../failures"

/** HTTP status of a backend failure (BackendError, the js-sdk's FetchError, an UploadError), if any. */
export function statusOf(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status
  return typeof s === "number" ? s : undefined
}

export function kindOf(error: unknown): FailureKind {
  return classify(error).kind
}

/** A real 404 from the backend: never a timeout, a 5xx or a refused connection. */
export function isNotFound(error: unknown): boolean {
  return kindOf(error) === "not_found"
}

/** The token was refused (401/403). */
export function isUnauthorized(error: unknown): boolean {
  return kindOf(error) === "not_allowed"
}

/**
 * A loader's answer, or null when the backend says there is no such record (404), so the page can
 * call notFound(). Every other failure propagates: a BackendError names its kind in its digest and
 * the route's error.tsx says which ("we can't reach the workshop", "not allowed"…), with a retry.
 */
export async function nullIfNotFound<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load()
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
}

/** For calls made with a customer's or seller's token: `whenRefused` when the token is refused (401/403). */
export async function unlessRefused<T, F>(load: () => Promise<T>, whenRefused: F): Promise<T | F> {
  try {
    return await load()
  } catch (error) {
    if (isUnauthorized(error)) return whenRefused
    throw error
  }
}

/** A short message for the server log, never shown to shoppers. */
export function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return String(error)
}

/** For generateMetadata: when the load fails the page shows why; the title just falls back. */
export function titleData<T>(load: Promise<T>): Promise<T | null> {
  return load.catch(() => null)
}
