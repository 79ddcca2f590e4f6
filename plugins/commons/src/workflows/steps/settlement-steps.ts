import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CommonsEvents, type PoolStatus } from "../../contract"
import { COMMONS_MODULE } from "../../modules/commons"
import { settlePledgeWorkflow } from "../settle-pledge"
import { cancelIfOpen } from "./pledge-steps"

/** The lock a pledge's change, withdrawal, settlement and release share (`@dharavi/record-lock`'s key). */
const pledgeLockKey = (id: string) => `pledge:${id}`

type Decision = { pool_id: string; status: PoolStatus; decided_now: boolean }

/**
 * Decides a closed pool (once; later runs read the decision).
 *
 * The decision is never undone: it is a pure function of the pledges and terms frozen at closing, so a
 * retry would reach the same one, and once any pledge has been captured or released at it, undoing it
 * would lie about money already moved. What a failed run would lose is its announcement (Medusa sends a
 * workflow's events only when the whole run succeeds, and a retry finds the pool already decided), so
 * the compensation of the run that made the decision sends `pool.succeeded` / `pool.failed` itself.
 */
export const decidePoolStep = createStep(
  "decide-pool",
  async (input: { pool_id: string }, { container }) => {
    const { pool, outcome } = await container.resolve(COMMONS_MODULE).decidePool(input.pool_id)
    const decision: Decision = { pool_id: input.pool_id, status: pool.status, decided_now: Boolean(outcome) }
    return new StepResponse(decision, decision)
  },
  async (decision, { container }) => {
    if (!decision?.decided_now) return
    await container.resolve(Modules.EVENT_BUS).emit({
      name: decision.status === "succeeded" ? CommonsEvents.POOL_SUCCEEDED : CommonsEvents.POOL_FAILED,
      data: { id: decision.pool_id },
    })
  }
)

/**
 * Settles every pledge of a succeeded pool not settled yet with `settlePledgeWorkflow` (capture, order,
 * link, transactions), each under a lock of its own and re-read inside it: two runs may overlap (the
 * job's tick and a manager's "settle now"), and the second finds the pledge done and leaves it. A
 * pledge whose settlement fails has been put back by that workflow's compensation; it is marked
 * `capture_failed` with the reason and the run moves on (the job retries it).
 *
 * No compensation of its own: each settled pledge is paid for and ordered, which a later failure of
 * the pool's run does not make wrong.
 */
export const capturePledgesStep = createStep("capture-pledges", async (input: { pool_id: string }, { container }) => {
  const commons = container.resolve(COMMONS_MODULE)
  const pledges = await commons.listPledges(
    { pool_id: input.pool_id, status: ["active", "capture_failed"] },
    { select: ["id"], order: { created_at: "ASC" } }
  )
  const done: string[] = []
  const failed: string[] = []
  const locking = container.resolve(Modules.LOCKING)
  for (const { id } of pledges) {
    await locking.execute(
      pledgeLockKey(id),
      async () => {
        const pledge = await commons.retrievePledge(id)
        if (pledge.status !== "active" && pledge.status !== "capture_failed") return
        const { errors } = await settlePledgeWorkflow(container).run({
          input: { pool_id: input.pool_id, pledge_id: id },
          throwOnError: false,
        })
        if (!errors?.length) return void done.push(id)
        failed.push(id)
        const reason = errors
          .map((e) => (e.error instanceof Error ? e.error.message : String(e.error?.message ?? e.error ?? e)))
          .join("; ")
        await commons.updatePledges({
          id,
          status: "capture_failed",
          capture_attempts: pledge.capture_attempts + 1,
          last_error: reason,
        })
      },
      { timeout: 120 }
    )
  }
  return new StepResponse({ captured: done, failed })
})

/**
 * A failed or cancelled pool lets every authorisation go; the pledges are released. Each pledge under
 * its own lock (the one its change, withdrawal and settlement take), re-read inside it and released
 * with a conditional update, so a change finishing at that moment is never left with a live
 * authorisation. Safe to run again. No compensation: a cancelled authorisation cannot be
 * reinstated, so a released pledge stays released and the retry releases the rest.
 */
export const releasePoolPledgesStep = createStep(
  "release-pool-pledges",
  async (input: { pool_id: string }, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    const pledges = await commons.listPledges({ pool_id: input.pool_id, status: "active" }, { select: ["id"] })
    const locking = container.resolve(Modules.LOCKING)
    const released: string[] = []
    for (const { id } of pledges) {
      await locking.execute(
        pledgeLockKey(id),
        async () => {
          const pledge = await commons.retrievePledge(id)
          if (pledge.status !== "active") return
          if (pledge.payment_id) await cancelIfOpen(container, pledge.payment_id)
          if (await commons.markReleased(id)) released.push(id)
        },
        { timeout: 120 }
      )
    }
    return new StepResponse(released)
  }
)

/**
 * A succeeded pool whose every pledge is captured and ordered is settled. If the run fails after this,
 * compensation puts the pool back to `succeeded`, so the retry settles it again and sends `pool.settled`.
 */
export const finishSettlementStep = createStep(
  "finish-settlement",
  async (input: { pool_id: string }, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    const pool = await commons.retrieveGroupBuyPool(input.pool_id)
    const unchanged = (status: PoolStatus) => new StepResponse({ settled_now: false, status }, null)
    if (pool.status !== "succeeded") return unchanged(pool.status)
    const open = await commons.listPledges(
      { pool_id: pool.id, status: ["active", "capture_failed"] },
      { select: ["id"] }
    )
    if (open.length) return unchanged(pool.status)
    await commons.updateGroupBuyPools({ id: pool.id, status: "settled", settled_at: new Date() })
    return new StepResponse({ settled_now: true, status: "settled" as PoolStatus }, pool.id)
  },
  async (poolId, { container }) => {
    if (poolId)
      await container.resolve(COMMONS_MODULE).updateGroupBuyPools({ id: poolId, status: "succeeded", settled_at: null })
  }
)
