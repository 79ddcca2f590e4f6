/** Which checkout step a cart has reached, and which one to show. Pure, for tests. */
export const checkoutSteps = ["address", "delivery", "payment", "review"] as const
export type CheckoutStep = (typeof checkoutSteps)[number]

export type CartProgressLike = {
  email?: string | null
  shipping_address?: { address_1?: string | null; country_code?: string | null } | null
  shipping_methods?: unknown[] | null
  payment_collection?: { payment_sessions?: { status?: string | null; provider_id?: string | null }[] | null } | null
  items?: { requires_shipping?: boolean | null }[] | null
}

/** Whether any line needs delivery. Tool-house bookings (`requires_shipping: false`) do not. */
export function needsShipping(cart: CartProgressLike): boolean {
  const items = cart.items ?? []
  return items.length === 0 || items.some((i) => i.requires_shipping !== false)
}

const LIVE_SESSION = new Set(["pending", "authorized", "requires_more", "captured"])

export function activePaymentSession(cart: CartProgressLike) {
  return (cart.payment_collection?.payment_sessions ?? []).find((s) => LIVE_SESSION.has(s.status ?? "pending"))
}

/** The furthest step the shopper may open: every earlier step is complete. */
export function reachedStep(cart: CartProgressLike): CheckoutStep {
  if (!cart.email || !cart.shipping_address?.address_1 || !cart.shipping_address?.country_code) return "address"
  if (needsShipping(cart) && !cart.shipping_methods?.length) return "delivery"
  if (!activePaymentSession(cart)) return "payment"
  return "review"
}

/** The step to show: the requested one when it is already reachable, else the reached one. */
export function resolveStep(requested: unknown, reached: CheckoutStep, shipping = true): CheckoutStep {
  if (!shipping && requested === "delivery") return reached
  const idx = checkoutSteps.indexOf(requested as CheckoutStep)
  return idx >= 0 && idx <= checkoutSteps.indexOf(reached) ? checkoutSteps[idx]! : reached
}
