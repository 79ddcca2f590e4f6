import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadCartForCheck, wholesaleCartProblems } from "../../lib/cart-check"

/**
 * Before Medusa completes a wholesale buyer's cart: every minimum quantity, case pack and seller
 * minimum order value must be met, or the buyer gets a 400 listing what to change. (Adding and
 * changing lines is checked by the cart workflows' hooks already; seller minimums can only be judged
 * on the whole cart, at the end.)
 */
export async function refuseIncompleteWholesaleCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cart = await loadCartForCheck(req.scope, req.params.id)
    if (cart && !cart.completed_at) {
      const problems = await wholesaleCartProblems(req.scope, cart)
      if (problems.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problems.map((p) => p.message).join(". "))
    }
    next()
  } catch (error) {
    next(error)
  }
}
