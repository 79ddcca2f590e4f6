import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { isCodedError } from "@dharavi/errors"
import { WholesaleErrors } from "../../contract/errors"
import { WHOLESALE_MODULE } from "../../modules/wholesale"

/**
 * Moves lapsed quotes to `expired`, each with a conditional update: a quote accepted at the same
 * moment stays accepted. Running it twice changes nothing the second time.
 */
export const expireQuoteStep = createStep("expire-quotes", async (input: { limit?: number }, { container }) => {
  const wholesale = container.resolve(WHOLESALE_MODULE)
  const expired: string[] = []
  for (const id of await wholesale.lapsedQuoteIds(input.limit ?? 100)) {
    try {
      await wholesale.transitionQuote(id, ["pending_merchant", "pending_customer"], "expired", {
        decided_at: new Date(),
      })
    } catch (error) {
      if (isCodedError(error) && error.code === WholesaleErrors.QUOTE_MOVED) continue
      throw error
    }
    await wholesale.createQuoteMessages({
      quote_id: id,
      author_type: "system",
      kind: "expired",
      body: "Nobody answered in time, so this quote expired.",
    })
    expired.push(id)
  }
  return new StepResponse(expired)
})
