import type { MedusaContainer } from "@medusajs/framework/types"
import { expireQuotesWorkflow } from "../workflows/quotes"

/** Quotes waiting past their expiry close by themselves. */
export default async function expireQuotes(container: MedusaContainer) {
  await expireQuotesWorkflow(container).run({ input: {} })
}

export const config = { name: "wholesale-expire-quotes", schedule: "*/10 * * * *" }
