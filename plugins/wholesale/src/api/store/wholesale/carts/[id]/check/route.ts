import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadCartForCheck, wholesaleCartProblems } from "../../../../../../lib/cart-check"

/** What stands between this cart and checkout under the wholesale rules (empty for retail buyers). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cart = await loadCartForCheck(req.scope, req.params.id)
  if (!cart || cart.customer_id !== req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${req.params.id} was not found`)
  res.json({ problems: await wholesaleCartProblems(req.scope, cart) })
}
