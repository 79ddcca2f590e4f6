import { registerCheckoutRule } from "@dharavi/checkout-rules"
import { loadCartForCheck, wholesaleCartProblems } from "../../lib/cart-check"
import { rulesRefused } from "../../lib/rule-errors"

/**
 * Before Medusa completes a wholesale buyer's cart, however it is completed: every minimum quantity,
 * case pack and seller minimum order value must be met, or the buyer gets a 400 listing what to
 * change. (Adding and changing lines is checked by the cart workflows' hooks already; seller
 * minimums can only be judged on the whole cart, at the end.) A completed cart is let through:
 * completing it again answers the order it placed.
 */
registerCheckoutRule("wholesale:minimums", {
  async validate({ cart_id }, container) {
    const cart = await loadCartForCheck(container, cart_id)
    if (!cart || cart.completed_at) return
    const problems = await wholesaleCartProblems(container, cart)
    if (problems.length) throw rulesRefused([problems[0], ...problems.slice(1)])
  },
})
