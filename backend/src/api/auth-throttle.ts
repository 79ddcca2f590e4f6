import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { tooManyRequests } from "@dharavi/errors"
import Redis from "ioredis"
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from "rate-limiter-flexible"

/**
 * Sign-in throttling for every auth route (customer, seller, admin; login, register, password reset,
 * and any one-time-code route later). Two budgets, per account and per client address: every attempt
 * takes a point up front (so a burst of parallel guesses is counted before any is answered) and a
 * successful one gives it back, so the budgets count failures. Redis keeps the counts when REDIS_URL
 * is set, so every server instance shares them; otherwise they are in memory.
 */
export type ThrottleOptions = { account_attempts: number; address_attempts: number; window_seconds: number }

const number = (value: string | undefined, fallback: number) =>
  value && /^\d+$/.test(value) ? Number(value) : fallback

export const throttleOptions = (): ThrottleOptions => ({
  account_attempts: number(process.env.AUTH_THROTTLE_ACCOUNT_ATTEMPTS, 10),
  address_attempts: number(process.env.AUTH_THROTTLE_ADDRESS_ATTEMPTS, 100),
  window_seconds: number(process.env.AUTH_THROTTLE_WINDOW_SECONDS, 15 * 60),
})

type Limiters = { account: RateLimiterAbstract; address: RateLimiterAbstract }
let limiters: Limiters | null = null

function makeLimiters(options: ThrottleOptions): Limiters {
  const redisUrl = process.env.REDIS_URL
  const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: options.window_seconds })
    if (!redisUrl) return memory
    const storeClient = new Redis(redisUrl, { enableOfflineQueue: false, lazyConnect: false, maxRetriesPerRequest: 1 })
    storeClient.on("error", () => undefined) // the memory limiter stands in while Redis is away
    return new RateLimiterRedis({
      storeClient,
      keyPrefix: `dharavi:${keyPrefix}`,
      points,
      duration: options.window_seconds,
      insuranceLimiter: memory,
    })
  }
  return {
    account: make("auth-account", options.account_attempts),
    address: make("auth-address", options.address_attempts),
  }
}

/** The account an attempt is for: actor type, provider and the identifier it names (email or phone). */
function accountKey(req: MedusaRequest): string | null {
  const body = (req.body ?? {}) as Record<string, unknown>
  const identifier = [body.email, body.identifier, body.phone].find((v) => typeof v === "string" && v.trim())
  if (typeof identifier !== "string") return null
  const [, , actor = "", provider = ""] = req.path.split("/")
  return `${actor}:${provider}:${identifier.trim().toLowerCase()}`
}

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000))

function refused(res: RateLimiterRes) {
  const seconds = retryAfter(res)
  const minutes = Math.ceil(seconds / 60)
  return tooManyRequests(
    "too_many_attempts",
    `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    seconds
  )
}

export async function throttleAuth(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  limiters ??= makeLimiters(throttleOptions())
  const { account, address } = limiters
  const addressKey = req.ip || req.socket?.remoteAddress || "unknown"
  const key = accountKey(req)
  const taken: [RateLimiterAbstract, string][] = []
  try {
    await address.consume(addressKey)
    taken.push([address, addressKey])
    if (key) {
      await account.consume(key)
      taken.push([account, key])
    }
  } catch (rejection) {
    // Give back what this attempt took: a refused attempt does not count against the other budget.
    await Promise.all(taken.map(([limiter, k]) => limiter.reward(k, 1).catch(() => undefined)))
    if (rejection instanceof Error) return next(rejection)
    const error = refused(rejection as RateLimiterRes)
    res.setHeader("Retry-After", String((error.details as { retry_after: number }).retry_after))
    return next(error)
  }
  res.on("finish", () => {
    if (res.statusCode < 200 || res.statusCode >= 300) return
    // A success gives the address its point back; a sign-in or a registration also clears the
    // account's failures. A reset request always answers 201, so each one keeps counting.
    void address.reward(addressKey, 1).catch(() => undefined)
    if (key && !req.path.endsWith("/reset-password")) void account.delete(key).catch(() => undefined)
  })
  next()
}

/** Tests only: forget every count (a new limiter per test file's app is not guaranteed). */
export function resetAuthThrottle() {
  limiters = null
}
