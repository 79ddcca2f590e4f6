import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { companyOf } from "../../../../lib/buyer"
import { requestQuoteWorkflow } from "../../../../workflows"
import type { StoreQuoteListResponse } from "../../../../contract/http"
import { listQuotes } from "../../../utils/quotes"
import type { GetQuotes, PostStoreQuote } from "../../../validators"

/** The quote inbox: every quote of the customer's company. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, z.infer<typeof GetQuotes>>,
  res: MedusaResponse<StoreQuoteListResponse>
) {
  const mine = await companyOf(req.scope, req.auth_context.actor_id)
  if (!mine) {
    res.json({ quotes: [], count: 0, offset: 0, limit: 20 })
    return
  }
  const status = req.validatedQuery?.status
  res.json(
    await listQuotes(
      req.scope,
      { company_id: mine.company.id, ...(status ? { status } : {}) },
      req.queryConfig?.pagination
    )
  )
}

/** Turns the cart into quote requests, one per seller in it. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostStoreQuote>>,
  res: MedusaResponse<StoreQuoteListResponse>
) {
  const { result } = await requestQuoteWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  res.status(201).json(await listQuotes(req.scope, { id: result }, { take: result.length }))
}
