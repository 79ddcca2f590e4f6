"use server"

import { redirect } from "next/navigation"
import { authHeaders, setCurrency } from "../cookies"
import { chooseRegion, normalizeCurrency } from "../currency"
import { ensureCart, retrieveCart } from "../data/cart"
import { describe } from "../data/errors"
import { getProductById } from "../data/products"
import { getCurrentRegion, listRegions } from "../data/regions"
import { medusa } from "../medusa"
import { safeReturnPath } from "../paths"
import { defaultVariant, findVariant, isPurchasable, selectionFromEntries } from "../variants"
import { refreshEverything } from "./refresh"
import { localeOf, str, withQuery } from "./helpers"

export async function addToCart(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 200)
  const productPath = `/${locale}/products/${encodeURIComponent(handle)}`
  const quantity = Math.min(10, Math.max(1, Number.parseInt(str(form, "quantity", 3) || "1", 10) || 1))

  let outcome: "added" | "unavailable" | "failed" = "failed"
  try {
    const region = await getCurrentRegion()
    const product = region ? await getProductById(str(form, "product_id", 100), region.id) : null
    if (product) {
      const variants = product.variants ?? []
      const selection = selectionFromEntries(form.entries() as Iterable<[string, unknown]>, product.options ?? [])
      const variant = Object.keys(selection).length ? findVariant(variants, selection) : defaultVariant(variants)
      if (!variant || !isPurchasable(variant)) {
        outcome = "unavailable"
      } else {
        const cart = await ensureCart()
        await medusa().store.cart.createLineItem(cart.id, { variant_id: variant.id, quantity }, {}, await authHeaders())
        outcome = "added"
      }
    }
  } catch (error) {
    console.error("[cart] add failed:", describe(error))
    outcome = "failed"
  }
  refreshEverything()
  redirect(outcome === "added" ? withQuery(productPath, { added: "1" }) : withQuery(productPath, { error: outcome === "unavailable" ? "unavailable" : "add" }))
}

export async function updateQuantity(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const lineId = str(form, "line_id", 100)
  const quantity = Number.parseInt(str(form, "quantity", 4), 10)
  let failed = false
  try {
    const cart = await retrieveCart()
    if (cart && lineId && Number.isFinite(quantity)) {
      const headers = await authHeaders()
      if (quantity <= 0) await medusa().store.cart.deleteLineItem(cart.id, lineId, {}, headers)
      else await medusa().store.cart.updateLineItem(cart.id, lineId, { quantity: Math.min(quantity, 99) }, {}, headers)
    }
  } catch (error) {
    console.error("[cart] update failed:", describe(error))
    failed = true
  }
  refreshEverything()
  redirect(failed ? `/${locale}/cart?error=update` : `/${locale}/cart`)
}

export async function removeLine(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const lineId = str(form, "line_id", 100)
  let failed = false
  try {
    const cart = await retrieveCart()
    if (cart && lineId) await medusa().store.cart.deleteLineItem(cart.id, lineId, {}, await authHeaders())
  } catch (error) {
    console.error("[cart] remove failed:", describe(error))
    failed = true
  }
  refreshEverything()
  redirect(failed ? `/${locale}/cart?error=update` : `/${locale}/cart`)
}

/** Header currency switcher: remember the choice and move an open cart to the matching region. */
export async function changeCurrency(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const currency = normalizeCurrency(str(form, "currency", 3))
  await setCurrency(currency)
  try {
    const cart = await retrieveCart()
    if (cart) {
      const region = chooseRegion(await listRegions(), currency)
      if (region && cart.region_id !== region.id) {
        await medusa().store.cart.update(cart.id, { region_id: region.id }, {}, await authHeaders())
      }
    }
  } catch (error) {
    console.error("[cart] region change failed:", describe(error))
  }
  refreshEverything()
  redirect(safeReturnPath(str(form, "return_to", 1000), `/${locale}`))
}
