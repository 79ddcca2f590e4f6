/**
 * Seconds until a JWT expires (from its unverified "exp" claim), so the auth
 * cookie lives exactly as long as the token. The backend still verifies the
 * token on every call; this only sizes the cookie.
 */
export function jwtMaxAge(token: string, fallbackSeconds: number, nowMs = Date.now()): number {
  const payload = token.split(".")[1]
  if (!payload) return fallbackSeconds
  try {
    const json = JSON.parse(Buffer.from(payload.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8")) as {
      exp?: unknown
    }
    if (typeof json.exp !== "number") return fallbackSeconds
    const seconds = Math.floor(json.exp - nowMs / 1000)
    return seconds > 0 ? seconds : 0
  } catch {
    return fallbackSeconds
  }
}
