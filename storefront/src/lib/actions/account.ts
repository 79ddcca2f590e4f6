"use server"

import { redirect } from "next/navigation"
import { isValidEmail, MIN_PASSWORD } from "../address"
import { clearAuthToken, clearCartId, getCartId, setAuthToken } from "../cookies"
import { describe, statusOf } from "../data/errors"
import { classify, failureQuery, signInFailureQuery } from "../failures"
import { medusa } from "../medusa"
import { safeReturnPath } from "../paths"
import { refreshEverything } from "./refresh"
import { localeOf, str, withQuery } from "./helpers"

/** Links the anonymous cart (if any) to the customer who just logged in. */
async function adoptCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await medusa().store.cart.transferCart(cartId, {}, { authorization: `Bearer ${token}` })
  } catch (error) {
    console.error("[account] cart transfer failed:", describe(error))
  }
}

async function loginToken(email: string, password: string): Promise<string | null> {
  const result = await medusa().auth.login("customer", "emailpass", { email, password })
  return typeof result === "string" ? result : null
}

export async function register(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/account/register`
  const email = str(form, "email", 254).toLowerCase()
  const password = str(form, "password", 200)
  const first_name = str(form, "first_name", 100)
  const last_name = str(form, "last_name", 100)
  if (!isValidEmail(email) || !first_name || !last_name) redirect(withQuery(page, { error: "fields" }))
  if (password.length < MIN_PASSWORD) redirect(withQuery(page, { error: "password" }))

  let outcome: "ok" | "exists" | "failed"
  let failure: Record<string, string> = { error: "register" }
  let token: string | null = null
  try {
    const registration = await medusa().auth.register("customer", "emailpass", { email, password })
    await medusa().store.customer.create(
      { email, first_name, last_name },
      {},
      { authorization: `Bearer ${registration}` }
    )
    token = await loginToken(email, password)
    outcome = token ? "ok" : "failed"
  } catch (error) {
    const status = statusOf(error)
    outcome = status === 401 || status === 409 || /exist/i.test(describe(error)) ? "exists" : "failed"
    // A throttle, an outage or a refused input is said as such, not as "could not create your account".
    if (outcome === "failed") failure = failureQuery(classify(error))
    console.error("[account] register failed:", describe(error))
  }
  if (outcome !== "ok" || !token) redirect(withQuery(page, outcome === "exists" ? { error: "exists" } : failure))
  await setAuthToken(token)
  await adoptCart(token)
  refreshEverything()
  redirect(safeReturnPath(str(form, "return_to", 500), `/${locale}/account`))
}

export async function login(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/account/login`
  const email = str(form, "email", 254).toLowerCase()
  const password = str(form, "password", 200)
  const returnTo = safeReturnPath(str(form, "return_to", 500), `/${locale}/account`)
  if (!email || !password) redirect(withQuery(page, { error: "credentials" }))

  let token: string | null = null
  let failed: unknown = null
  try {
    token = await loginToken(email, password)
  } catch (error) {
    failed = error
    if (statusOf(error) !== 401) console.error("[account] login failed:", describe(error))
  }
  // "Wrong email or password" only when the backend said so; a throttle says how long to wait.
  if (!token) redirect(withQuery(page, signInFailureQuery(failed)))
  await setAuthToken(token)
  await adoptCart(token)
  refreshEverything()
  redirect(returnTo)
}

export async function logout(form: FormData): Promise<void> {
  const locale = localeOf(form)
  await clearAuthToken()
  // The cart belonged to the customer; a shared device should not keep showing it.
  await clearCartId()
  refreshEverything()
  redirect(`/${locale}`)
}
