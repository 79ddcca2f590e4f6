import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getCartId, setCartId } from "../cookies"
import { medusa } from "../medusa"
import { nullIfNotFound } from "./errors"
import { getCurrentRegion } from "./regions"

/** Added to Medusa's default cart fields: localized product metadata, line totals, payment sessions. */
export const CART_FIELDS =
  "*items.product,+items.product.metadata,+items.total,+items.subtotal,+items.subtitle,+items.metadata,+items.requires_shipping," +
  "*region,*region.countries," +
  "*shipping_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions"

/** The shopper's open cart from the cookie, or null (none yet, completed, or gone); throws when the backend fails. */
export const retrieveCart = cache(async (): Promise<HttpTypes.StoreCart | null> => {
  const id = await getCartId()
  if (!id) return null
  // Gone (404) is no cart; a backend that does not answer is not, or the cart page would say "empty".
  const found = await nullIfNotFound(
    async () => (await medusa().store.cart.retrieve(id, { fields: CART_FIELDS }, await authHeaders())).cart
  )
  if (!found || found.completed_at) return null
  return found
})

export function itemCount(cart: HttpTypes.StoreCart | null | undefined): number {
  return (cart?.items ?? []).reduce((n, item) => n + (item.quantity ?? 0), 0)
}

export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await medusa().store.fulfillment.listCartOptions(
    { cart_id: cartId },
    await authHeaders()
  )
  return shipping_options
}

export async function listPaymentProviders(regionId: string): Promise<HttpTypes.StorePaymentProvider[]> {
  const { payment_providers } = await medusa().store.payment.listPaymentProviders(
    { region_id: regionId },
    await authHeaders()
  )
  return payment_providers
}

/**
 * The shopper's cart, created on first use in the region of their currency.
 * Created with the customer's token when logged in, so Medusa links it to them.
 */
export async function ensureCart(): Promise<HttpTypes.StoreCart> {
  const region = await getCurrentRegion()
  if (!region) throw new Error("No regions configured in the backend")
  const headers = await authHeaders()
  const existing = await retrieveCart()
  if (existing) {
    if (existing.region_id === region.id) return existing
    const { cart } = await medusa().store.cart.update(
      existing.id,
      { region_id: region.id },
      { fields: CART_FIELDS },
      headers
    )
    return cart
  }
  const { cart } = await medusa().store.cart.create({ region_id: region.id }, { fields: CART_FIELDS }, headers)
  await setCartId(cart.id)
  return cart
}
