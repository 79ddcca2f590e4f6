// Serialises the state changes of one record (a booking, a pledge, a seat, a quote, an application)
// that call a payment provider or touch more than one table. The lock is Medusa's Locking Module
// (in-process without Redis, Redis with REDIS_URL), held from the first step of the workflow to its
// last and released by compensation when a step fails. The status checks under it are still
// conditional updates in PostgreSQL, so a path that skips the lock (a scheduled job) cannot
// corrupt the record either. Plain CommonJS: plugins load it at run time as it is.
"use strict"
const { Modules } = require("@medusajs/framework/utils")
const { StepResponse, createStep } = require("@medusajs/framework/workflows-sdk")
const { conflict } = require("@dharavi/errors")

/** How long a second request for the same record waits for the first before it answers 409. */
const WAIT_SECONDS = 15
/** A crashed process's lock lapses after this long (longer than any payment call may take). */
const TTL_SECONDS = 120
const RETRY_MS = 50

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Takes the lock of `key` ("booking:bkg_..."), waiting up to `wait_seconds` for a request already
 * changing that record. Returns the owner id the unlock step needs.
 */
const lockRecordStep = createStep(
  "dharavi-lock-record",
  async (input, { container, context }) => {
    const locking = container.resolve(Modules.LOCKING)
    const ownerId = `${context?.transactionId ?? "run"}:${Math.random().toString(36).slice(2)}`
    const until = Date.now() + (input.wait_seconds ?? WAIT_SECONDS) * 1000
    for (;;) {
      try {
        await locking.acquire(input.key, { ownerId, expire: TTL_SECONDS })
        break
      } catch (error) {
        if (Date.now() >= until) {
          throw conflict("record_busy", "Another change to this is still going through. Try again in a moment.", {
            key: input.key,
          })
        }
        await delay(RETRY_MS + Math.random() * RETRY_MS)
      }
    }
    return new StepResponse({ key: input.key, owner_id: ownerId }, { key: input.key, owner_id: ownerId })
  },
  async (held, { container }) => {
    if (held) await container.resolve(Modules.LOCKING).release(held.key, { ownerId: held.owner_id })
  }
)

/** Gives the lock back at the end of the workflow. */
const unlockRecordStep = createStep("dharavi-unlock-record", async (held, { container }) => {
  await container.resolve(Modules.LOCKING).release(held.key, { ownerId: held.owner_id })
  return new StepResponse(true)
})

module.exports = { lockRecordStep, unlockRecordStep, WAIT_SECONDS, TTL_SECONDS }
