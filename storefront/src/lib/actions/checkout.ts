"use server"

import { redirect } from "next/navigation"
import { parseCheckoutContact, validateCheckoutContact } from "../address"
import { authHeaders, clearCartId } from "../cookies"
import { needsShipping } from "../checkout-steps"
import { regionCountryCodes } from "../currency"
import { listPaymentProviders, listShippingOptions, retrieveCart } from "../data/cart"
import { describe } from "../data/errors"
import { classify, formFailureQuery } from "../failures"
import { medusa } from "../medusa"
import { ruleProblems } from "../wholesale"
import { refreshEverything } from "./refresh"
import { localeOf, str, withQuery } from "./helpers"

/** Step 1: email and delivery address (billing address is the same). */
export async function saveContact(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const checkout = `/${locale}/checkout`
  const cart = await retrieveCart()
  if (!cart) redirect(`/${locale}/cart`)

  const contact = parseCheckoutContact(form)
  const errors = validateCheckoutContact(contact, regionCountryCodes(cart.region))
  if (errors.length) redirect(`${checkout}?step=address&error=fields&fields=${errors.join(",")}`)

  let failure: Record<string, string> | null = null
  try {
    const address = { ...contact.address, country_code: contact.address.country_code }
    await medusa().store.cart.update(
      cart.id,
      { email: contact.email, shipping_address: address, billing_address: address },
      {},
      await authHeaders()
    )
  } catch (error) {
    console.error("[checkout] address failed:", describe(error))
    failure = formFailureQuery(error)
  }
  refreshEverything()
  redirect(
    failure
      ? withQuery(`${checkout}?step=address`, failure)
      : needsShipping(cart)
        ? `${checkout}?step=delivery`
        : `${checkout}?step=payment`
  )
}

/** Step 2: one of the shipping options Medusa offers for this cart. */
export async function chooseShipping(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const checkout = `/${locale}/checkout`
  const cart = await retrieveCart()
  if (!cart) redirect(`/${locale}/cart`)
  const optionId = str(form, "shipping_option_id", 100)

  // "shipping": the option chosen is not one this cart can have; else the kind of failure.
  let failure: Record<string, string> | null = null
  try {
    const options = await listShippingOptions(cart.id)
    if (!options.some((o) => o.id === optionId)) {
      failure = { error: "shipping" }
    } else {
      await medusa().store.cart.addShippingMethod(cart.id, { option_id: optionId }, {}, await authHeaders())
    }
  } catch (error) {
    console.error("[checkout] shipping failed:", describe(error))
    failure = formFailureQuery(error)
  }
  refreshEverything()
  redirect(failure ? withQuery(`${checkout}?step=delivery`, failure) : `${checkout}?step=payment`)
}

/** Step 3: start a payment session with the chosen provider (the system provider in the demo). */
export async function choosePayment(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const checkout = `/${locale}/checkout`
  const cart = await retrieveCart()
  if (!cart) redirect(`/${locale}/cart`)
  const providerId = str(form, "provider_id", 100)

  let failure: Record<string, string> | null = null
  try {
    const providers = await listPaymentProviders(cart.region_id ?? "")
    if (!providers.some((p) => p.id === providerId)) {
      failure = { error: "payment" }
    } else {
      await medusa().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, await authHeaders())
    }
  } catch (error) {
    console.error("[checkout] payment failed:", describe(error))
    failure = formFailureQuery(error)
  }
  refreshEverything()
  redirect(failure ? withQuery(`${checkout}?step=payment`, failure) : `${checkout}?step=review`)
}

/** Step 4: complete the cart. On success the cart cookie is dropped and the order shown. */
export async function placeOrder(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const checkout = `/${locale}/checkout`
  const cart = await retrieveCart()
  if (!cart) redirect(`/${locale}/cart`)

  let orderId: string | null = null
  let rules = false
  // "order": the backend answered with the cart (the payment was not taken); else the kind of failure.
  let failure: Record<string, string> = { error: "order" }
  try {
    const result = await medusa().store.cart.complete(cart.id, { fields: "id,display_id" }, await authHeaders())
    if (result.type === "order") orderId = result.order.id
    else console.error("[checkout] complete returned a cart:", result.error?.message)
  } catch (error) {
    console.error("[checkout] complete failed:", describe(error))
    // A wholesale buyer's cart that breaks a minimum or case pack: the cart shows what to change.
    rules = ruleProblems(classify(error)).length > 0
    // Completing a cart again is safe (a completed cart answers with its order), so "try again" is honest.
    failure = formFailureQuery(error)
  }
  if (!orderId && rules) redirect(`/${locale}/cart?error=rules`)
  if (!orderId) redirect(withQuery(`${checkout}?step=review`, failure))
  await clearCartId()
  refreshEverything()
  redirect(`/${locale}/order/${orderId}/confirmed`)
}
