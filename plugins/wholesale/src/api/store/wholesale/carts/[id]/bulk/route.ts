import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { notFound } from "@dharavi/errors"
import { WholesaleErrors } from "../../../../../../contract/errors"
import type { StoreBulkLinesResponse } from "../../../../../../contract/http"
import { loadCartForCheck } from "../../../../../../lib/cart-check"
import { bulkAddToCartWorkflow } from "../../../../../../workflows"
import type { PostBulkLines } from "../../../../../validators"

/** The bulk order form: many SKUs and quantities into the cart at once, all or nothing. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostBulkLines>>,
  res: MedusaResponse<StoreBulkLinesResponse>
) {
  const cart = await loadCartForCheck(req.scope, req.params.id)
  if (!cart || cart.customer_id !== req.auth_context.actor_id || cart.completed_at) {
    throw notFound(WholesaleErrors.CART_NOT_FOUND, `Cart ${req.params.id} was not found`, { cart_id: req.params.id })
  }
  await bulkAddToCartWorkflow(req.scope).run({ input: { cart_id: cart.id, lines: req.validatedBody.lines } })
  res.json({ cart: await loadCartForCheck(req.scope, cart.id) })
}
