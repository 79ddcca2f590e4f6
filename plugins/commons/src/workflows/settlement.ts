import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import { CommonsEvents } from "../contract"
import {
  capturePledgesStep,
  decidePoolStep,
  finishSettlementStep,
  releasePoolPledgesStep,
} from "./steps/settlement-steps"

/**
 * Settles a pool at closing time (the `commons-settle-pools` job, an admin or the managing seller):
 * decides it, then settles every pledge (`settlePledgeWorkflow`: capture at the final price, one order
 * per pledger) or, if it failed, releases every authorisation. Retrying is the recovery: each part
 * reads what is done (the decision, each payment's captures, each pledge's status), so running it
 * again only redoes what failed and never captures twice. Compensation keeps a failed run's state
 * clean: a pledge's half-made order is undone inside its own workflow, a pool marked settled goes back
 * to succeeded, and a decision made by the failed run is still announced (see the steps).
 */
export const settlePoolWorkflow = createWorkflow("settle-pool", (input: { pool_id: string }) => {
  // One settlement of a pool at a time (the job's tick, the admin, the seller); each pledge is also
  // settled under its own lock, which outlives this one if a huge settlement runs past its TTL.
  const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: `pool:${input.pool_id}` })))
  const decision = decidePoolStep(input)
  const captures = when({ decision }, ({ decision }) => decision.status === "succeeded").then(() =>
    capturePledgesStep(input)
  )
  when({ decision }, ({ decision }) => decision.status === "failed").then(() => {
    releasePoolPledgesStep(input)
  })
  const finished = finishSettlementStep(input)
  when({ decision }, ({ decision }) => decision.decided_now).then(() => {
    emitEventStep({
      eventName: transform({ decision }, ({ decision }) =>
        decision.status === "succeeded" ? CommonsEvents.POOL_SUCCEEDED : CommonsEvents.POOL_FAILED
      ),
      data: transform({ input }, ({ input }) => ({ id: input.pool_id })),
    }).config({ name: "emit-pool-decided" })
  })
  when({ finished }, ({ finished }) => finished.settled_now).then(() => {
    emitEventStep({
      eventName: CommonsEvents.POOL_SETTLED,
      data: transform({ input }, ({ input }) => ({ id: input.pool_id })),
    }).config({ name: "emit-pool-settled" })
  })
  unlockRecordStep(lock)
  return new WorkflowResponse(
    transform({ decision, captures, finished }, ({ decision, captures, finished }) => ({
      status: finished.status,
      decided_now: decision.decided_now,
      captures: captures ?? { captured: [], failed: [] },
    }))
  )
})
