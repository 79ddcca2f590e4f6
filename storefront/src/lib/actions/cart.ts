"use server"

import { redirect } from "next/navigation"
import { authHeaders, setCurrency } from "../cookies"
import { chooseRegion, normalizeCurrency } from "../currency"
import { ensureCart, retrieveCart } from "../data/cart"
import { describe } from "../data/errors"
import { classify, formFailureQuery } from "../failures"
import { getProductById } from "../data/products"
import { getCurrentRegion, listRegions } from "../data/regions"
import { medusa } from "../medusa"
import { safeReturnPath } from "../paths"
import { defaultVariant, findVariant, isPurchasable, selectionFromEntries } from "../variants"
import { BULK_MAX_QUANTITY, problemQuery, ruleProblems } from "../wholesale"
import { refreshEverything } from "./refresh"
import { localeOf, str, withQuery } from "./helpers"

/**
 * Most shoppers pick 1-10 pieces; a wholesale buyer's quantity field (`wholesale=1`) goes up in case
 * packs to much larger orders. The backend's wholesale rules judge the quantity either way.
 */
function quantityLimit(form: FormData): number {
  return str(form, "wholesale", 1) === "1" ? BULK_MAX_QUANTITY : 10
}

/** A wholesale rule the backend refused the line for, as query parameters for the page (else null). */
function ruleRefusal(error: unknown): Record<string, string> | null {
  const line = ruleProblems(classify(error)).find((p) => p.code !== "below_seller_minimum")
  return line ? problemQuery(line) : null
}

export async function addToCart(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 200)
  const productPath = `/${locale}/products/${encodeURIComponent(handle)}`
  const quantity = Math.min(quantityLimit(form), Math.max(1, Number.parseInt(str(form, "quantity", 7) || "1", 10) || 1))

  // "not_purchasable" (the variant cannot be bought), "add" (no such product here), or the kind of failure.
  let outcome: "added" | "not_purchasable" | "add" = "add"
  let failure: Record<string, string> | null = null
  let refusal: Record<string, string> | null = null
  try {
    const region = await getCurrentRegion()
    const product = region ? await getProductById(str(form, "product_id", 100), region.id) : null
    if (product) {
      const variants = product.variants ?? []
      const selection = selectionFromEntries(form.entries() as Iterable<[string, unknown]>, product.options ?? [])
      const variant = Object.keys(selection).length ? findVariant(variants, selection) : defaultVariant(variants)
      if (!variant || !isPurchasable(variant)) {
        outcome = "not_purchasable"
      } else {
        const cart = await ensureCart()
        await medusa().store.cart.createLineItem(cart.id, { variant_id: variant.id, quantity }, {}, await authHeaders())
        outcome = "added"
      }
    }
  } catch (error) {
    console.error("[cart] add failed:", describe(error))
    refusal = ruleRefusal(error)
    failure = formFailureQuery(error)
  }
  refreshEverything()
  if (refusal) redirect(withQuery(productPath, refusal) + "#wholesale")
  if (failure) redirect(withQuery(productPath, failure))
  redirect(withQuery(productPath, outcome === "added" ? { added: "1" } : { error: outcome }))
}

export async function updateQuantity(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const lineId = str(form, "line_id", 100)
  const quantity = Number.parseInt(str(form, "quantity", 7), 10)
  let failure: Record<string, string> | null = null
  let refusal: Record<string, string> | null = null
  try {
    const cart = await retrieveCart()
    if (cart && lineId && Number.isFinite(quantity)) {
      const headers = await authHeaders()
      if (quantity <= 0) await medusa().store.cart.deleteLineItem(cart.id, lineId, {}, headers)
      else
        await medusa().store.cart.updateLineItem(
          cart.id,
          lineId,
          { quantity: Math.min(quantity, str(form, "wholesale", 1) === "1" ? BULK_MAX_QUANTITY : 99) },
          {},
          headers
        )
    }
  } catch (error) {
    console.error("[cart] update failed:", describe(error))
    failure = formFailureQuery(error)
    refusal = ruleRefusal(error)
  }
  refreshEverything()
  // A wholesale rule is explained beside the line it concerns.
  if (refusal) redirect(withQuery(`/${locale}/cart`, { ...refusal, line: lineId }) + `#line-${lineId}`)
  redirect(failure ? withQuery(`/${locale}/cart`, failure) : `/${locale}/cart`)
}

export async function removeLine(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const lineId = str(form, "line_id", 100)
  let failure: Record<string, string> | null = null
  try {
    const cart = await retrieveCart()
    if (cart && lineId) await medusa().store.cart.deleteLineItem(cart.id, lineId, {}, await authHeaders())
  } catch (error) {
    console.error("[cart] remove failed:", describe(error))
    failure = formFailureQuery(error)
  }
  refreshEverything()
  redirect(failure ? withQuery(`/${locale}/cart`, failure) : `/${locale}/cart`)
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
