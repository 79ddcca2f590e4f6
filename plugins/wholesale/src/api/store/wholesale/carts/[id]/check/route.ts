import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@dharavi/errors"
import { WholesaleErrors } from "../../../../../../contract/errors"
import type { StoreCartCheckResponse } from "../../../../../../contract/http"
import { loadCartForCheck, wholesaleCartProblems } from "../../../../../../lib/cart-check"

/** What stands between this cart and checkout under the wholesale rules (empty for retail buyers). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCartCheckResponse>) {
  const cart = await loadCartForCheck(req.scope, req.params.id)
  if (!cart || cart.customer_id !== req.auth_context.actor_id) {
    throw notFound(WholesaleErrors.CART_NOT_FOUND, `Cart ${req.params.id} was not found`, { cart_id: req.params.id })
  }
  res.json({ problems: await wholesaleCartProblems(req.scope, cart) })
}
