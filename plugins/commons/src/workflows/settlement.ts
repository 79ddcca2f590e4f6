import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { capturePledgesStep, decidePoolStep, finishSettlementStep, releasePoolPledgesStep } from "./steps/settlement-steps"

/**
 * Settles a pool at closing time (the `commons-settle-pools` job, or an admin): decides it, then
 * captures every pledge at the final price and creates one order per pledger, or releases every
 * authorisation if it failed. Each part is idempotent, so running it again only retries what
 * failed (a refused capture) and changes nothing else.
 */
export const settlePoolWorkflow = createWorkflow("settle-pool", (input: { pool_id: string }) => {
  const decision = decidePoolStep(input)
  const captures = when({ decision }, ({ decision }) => decision.status === "succeeded").then(() => capturePledgesStep(input))
  when({ decision }, ({ decision }) => decision.status === "failed").then(() => {
    releasePoolPledgesStep(input)
  })
  const finished = finishSettlementStep(input)
  when({ decision }, ({ decision }) => decision.decided_now).then(() => {
    emitEventStep({
      eventName: transform({ decision }, ({ decision }) => (decision.status === "succeeded" ? "pool.succeeded" : "pool.failed")),
      data: transform({ input }, ({ input }) => ({ id: input.pool_id })),
    }).config({ name: "emit-pool-decided" })
  })
  when({ finished }, ({ finished }) => finished.settled_now).then(() => {
    emitEventStep({ eventName: "pool.settled", data: transform({ input }, ({ input }) => ({ id: input.pool_id })) }).config({ name: "emit-pool-settled" })
  })
  return new WorkflowResponse(transform({ decision, captures, finished }, ({ decision, captures, finished }) => ({ status: finished.status, decided_now: decision.decided_now, captures: captures ?? { captured: [], failed: [] } })))
})
