import { notAllowed } from "@dharavi/errors"
import { registerCheckoutRule } from "@dharavi/checkout-rules"
import { SkillSchoolErrors } from "../../contract"
import { learningCartProblems, loadLearningCart } from "../../lib/cart-check"

/**
 * Before an order is placed, however the cart is completed: every workshop seat in the cart must
 * still be held for this customer (its line came from a seat hold, never added by hand), and
 * courses and seats need a logged-in customer, one of each, so the learning lands in an account.
 */
registerCheckoutRule("skill-school:seats-and-courses", {
  async validate({ cart_id }, container) {
    const cart = await loadLearningCart(container, cart_id)
    if (!cart || cart.completed_at) return
    const problems = await learningCartProblems(container, cart)
    if (problems.length) throw notAllowed(SkillSchoolErrors.LEARNING_CART_REFUSED, problems.join(". "), { problems })
  },
})
