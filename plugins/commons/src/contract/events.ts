/**
 * The events the commons plugin emits (Medusa's event bus). Names are stable: other plugins and the
 * search plugin subscribe to them by these constants (`@dharavi/commons/contract`).
 */
export const CommonsEvents = {
  POOL_CREATED: "pool.created",
  POOL_UPDATED: "pool.updated",
  POOL_OPENED: "pool.opened",
  POOL_CANCELLED: "pool.cancelled",
  /** Decided at closing: the minimum was reached, every live pledge has its allocation and price. */
  POOL_SUCCEEDED: "pool.succeeded",
  /** Decided at closing: below the minimum; every authorisation is let go. */
  POOL_FAILED: "pool.failed",
  /** Every pledge of a succeeded pool is captured and ordered. */
  POOL_SETTLED: "pool.settled",
  PLEDGE_CREATED: "pledge.created",
  PLEDGE_CHANGED: "pledge.changed",
  PLEDGE_WITHDRAWN: "pledge.withdrawn",
} as const

export type CommonsEventName = (typeof CommonsEvents)[keyof typeof CommonsEvents]

/** Every event carries the id of the pool or pledge it is about. */
export type CommonsEventPayloads = {
  "pool.created": { id: string }
  "pool.updated": { id: string }
  "pool.opened": { id: string }
  "pool.cancelled": { id: string }
  "pool.succeeded": { id: string }
  "pool.failed": { id: string }
  "pool.settled": { id: string }
  "pledge.created": { id: string }
  "pledge.changed": { id: string }
  "pledge.withdrawn": { id: string }
}
