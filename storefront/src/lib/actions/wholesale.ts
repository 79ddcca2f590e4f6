"use server"

import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { isValidEmail } from "../address"
import { clearCartId } from "../cookies"
import { ensureCart, retrieveCart } from "../data/cart"
import { retrieveCustomer } from "../data/customer"
import { describe, statusOf } from "../data/errors"
import { classify, formFailureQuery, minutesToWait, validationMessage, type FailureKind } from "../failures"
import { vendorFetch } from "../data/vendor"
import { getProductWholesale, wholesaleFetch } from "../data/wholesale"
import { WholesaleErrors, type WholesaleRuleProblem } from "@dharavi/wholesale/contract"
import { errorText } from "../error-text"
import { PlatformErrors } from "../platform-codes"
import {
  buildBulkLines,
  buildCompanyBody,
  buildCounterOffer,
  buildVariantTerms,
  changedTerms,
  companyFieldErrors,
  parsePastedLines,
  ruleProblems,
  unknownSkus,
  type BulkRow,
  type BulkRowError,
} from "../wholesale"
import { localeOf, shopPath, str, withQuery } from "./helpers"
import { refreshEverything } from "./refresh"

/**
 * Wholesale buying: registering a company and its colleagues, the bulk order form, quote requests from
 * the cart and the buyer's answers, and the seller's counter-offers. Forms post here and come back with
 * ?done= or ?error= (never text from the API), so everything works without JavaScript.
 */

// --- Company ----------------------------------------------------------------------------------

export async function registerCompany(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/wholesale`
  if (!(await retrieveCustomer())) redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  const built = buildCompanyBody({
    name: str(form, "name", 200),
    gst_number: str(form, "gst_number", 40),
    email: str(form, "email", 254),
    phone: str(form, "phone", 30),
    address_1: str(form, "address_1", 220),
    address_2: str(form, "address_2", 220),
    city: str(form, "city", 100),
    province: str(form, "province", 100),
    postal_code: str(form, "postal_code", 20),
    country_code: str(form, "country_code", 2),
  })
  if (!built.ok) redirect(withQuery(page, { error: "fields", fields: built.errors.join(",") }) + "#register")

  let outcome: "ok" | "exists" | "login" | "fields" | "save" = "save"
  let fields: string[] = []
  let failure: Record<string, string> | null = null
  try {
    await wholesaleFetch("/store/wholesale/companies", { method: "POST", body: built.body })
    outcome = "ok"
  } catch (error) {
    const status = statusOf(error)
    console.error("[wholesale] register company failed:", describe(error))
    if (status === 422 || status === 409) outcome = "exists"
    else if (status === 401) outcome = "login"
    else if (status === 400) {
      outcome = "fields"
      fields = companyFieldErrors(validationMessage(error))
    } else failure = formFailureQuery(error)
  }
  refreshEverything()
  if (outcome === "ok") redirect(withQuery(page, { done: "registered" }))
  if (outcome === "login") redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  redirect(
    withQuery(page, failure ?? { error: outcome, ...(fields.length ? { fields: fields.join(",") } : {}) }) + "#register"
  )
}

/** The company admin adds a colleague who has a customer account. */
export async function addColleague(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/wholesale`
  const email = str(form, "email", 254).toLowerCase()
  const role = str(form, "role", 10) === "admin" ? "admin" : "buyer"
  if (!isValidEmail(email)) redirect(withQuery(page, { colleague: "fields" }) + "#colleagues")
  let outcome = "save"
  try {
    await wholesaleFetch("/store/wholesale/company/employees", { method: "POST", body: { email, role } })
    outcome = "added"
  } catch (error) {
    console.error("[wholesale] add colleague failed:", describe(error))
    const failed = formFailureQuery(
      error,
      ({ status, field }) =>
        status === 404
          ? "noAccount"
          : status === 422 || status === 409
            ? "already"
            : status === 403
              ? "forbidden"
              : status === 400 && !field
                ? "fields"
                : null,
      "colleague"
    )
    refreshEverything()
    redirect(withQuery(page, failed) + "#colleagues")
  }
  refreshEverything()
  redirect(withQuery(page, { colleague: outcome }) + "#colleagues")
}

// --- Bulk order -------------------------------------------------------------------------------

export type BulkState = {
  rows: BulkRow[]
  error?: "fields" | "empty" | "unknown" | "rules" | "forbidden" | "failed"
  /** With "failed": what the failure was (unavailable, busy, wait…), for the form to say which. */
  failure?: FailureKind
  /** That failure in the shopper's language (errorText: its code's text, else its kind's). */
  failureText?: string
  /** Row errors by index in `rows`. */
  rowErrors?: { index: number; field: BulkRowError | "unknown" | "rule" }[]
  /** The refusals in the shopper's language. */
  messages?: string[]
}

function problemText(
  t: Awaited<ReturnType<typeof getTranslations<"BulkOrder">>>,
  p: WholesaleRuleProblem
): string | null {
  if (p.code === WholesaleErrors.BELOW_MINIMUM_QUANTITY)
    return t("ruleMinimum", { sku: p.sku ?? p.title ?? "—", min: p.minimum, quantity: p.quantity })
  if (p.code === WholesaleErrors.NOT_WHOLE_CASES) {
    return t("ruleCasePack", {
      sku: p.sku ?? p.title ?? "—",
      pack: p.case_pack,
      suggested: p.suggested_quantity,
      quantity: p.quantity,
    })
  }
  return null
}

/**
 * The bulk order form (with `useActionState`): rows of SKU and quantity plus pasted lines go into the
 * cart in one all-or-nothing call. "Add a line" without JavaScript posts here too and gets one more row.
 * On success the shopper lands in the cart; otherwise the rows come back with what to fix.
 */
export async function bulkOrder(_previous: BulkState, form: FormData): Promise<BulkState> {
  const locale: AppLocale = localeOf(form)
  const skus = form.getAll("sku").map((v) => (typeof v === "string" ? v : ""))
  const quantities = form.getAll("quantity").map((v) => (typeof v === "string" ? v : ""))
  const typed: BulkRow[] = skus.map((sku, i) => ({ sku, quantity: quantities[i] ?? "" }))
  const pasted = parsePastedLines(str(form, "paste", 20_000))
  const all = [...typed, ...pasted]
  if (str(form, "intent", 10) === "add_row") {
    const kept = all.filter((r) => r.sku.trim() || r.quantity.trim())
    return { rows: [...kept, { sku: "", quantity: "" }, ...(kept.length ? [] : [{ sku: "", quantity: "" }])] }
  }
  const { rows, lines, errors } = buildBulkLines(all)
  if (!rows.length)
    return {
      rows: [
        { sku: "", quantity: "" },
        { sku: "", quantity: "" },
      ],
      error: "empty",
    }
  if (errors.length) return { rows, error: "fields", rowErrors: errors }
  if (!(await retrieveCustomer()))
    redirect(withQuery(`/${locale}/account/login`, { return_to: `/${locale}/wholesale/order` }))

  const t = await getTranslations({ locale, namespace: "BulkOrder" })
  let cartId: string
  try {
    cartId = (await ensureCart()).id
  } catch (error) {
    console.error("[wholesale] bulk cart failed:", describe(error))
    return { rows, error: "failed", ...failureOf(locale, error) }
  }
  try {
    await wholesaleFetch(`/store/wholesale/carts/${encodeURIComponent(cartId)}/bulk`, {
      method: "POST",
      body: { lines },
    })
  } catch (error) {
    const status = statusOf(error)
    console.error("[wholesale] bulk order failed:", describe(error))
    if (status === 403) return { rows, error: "forbidden" }
    if (status !== 400) return { rows, error: "failed", ...failureOf(locale, error) }
    const failure = classify(error)
    const unknown = unknownSkus(failure)
    if (unknown.length) {
      const bad = new Set(unknown.map((s) => s.toUpperCase()))
      return {
        rows,
        error: "unknown",
        rowErrors: rows.flatMap((r, index) =>
          bad.has(r.sku.toUpperCase()) ? [{ index, field: "unknown" as const }] : []
        ),
        messages: [t("errors.unknown", { count: unknown.length, skus: unknown.join(", ") })],
      }
    }
    const problems = ruleProblems(failure)
    const texts = problems.map((p) => problemText(t, p)).filter((x): x is string => Boolean(x))
    const bySku = new Set(problems.flatMap((p) => ("sku" in p && p.sku ? [p.sku.toUpperCase()] : [])))
    return {
      rows,
      error: texts.length ? "rules" : "failed",
      rowErrors: rows.flatMap((r, index) =>
        bySku.has(r.sku.toUpperCase()) ? [{ index, field: "rule" as const }] : []
      ),
      messages: texts,
    }
  }
  refreshEverything()
  redirect(withQuery(`/${locale}/cart`, { bulk: String(lines.length) }))
}

// --- Quotes: the buyer ------------------------------------------------------------------------

/** Turns the cart into quote requests (one per maker); the shopper starts again with an empty cart. */
export async function requestQuote(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const cartPage = `/${locale}/cart`
  const text = str(form, "message", 2000)
  if (!text) redirect(withQuery(cartPage, { quote: "message" }) + "#request-quote")
  const cart = await retrieveCart()
  if (!cart || !(cart.items ?? []).length) redirect(withQuery(cartPage, { quote: "empty" }))
  let count = 0
  let outcome: string
  try {
    const { quotes } = await wholesaleFetch<{ quotes: { id: string }[] }>("/store/wholesale/quotes", {
      method: "POST",
      body: { cart_id: cart.id, message: text },
    })
    count = quotes?.length ?? 0
    outcome = "ok"
  } catch (error) {
    const status = statusOf(error)
    console.error("[wholesale] quote request failed:", describe(error))
    outcome = status === 403 ? "forbidden" : status === 401 ? "login" : "failed"
    if (outcome === "failed")
      redirect(withQuery(cartPage, formFailureQuery(error, undefined, "quote")) + "#request-quote")
  }
  if (outcome === "login") redirect(withQuery(`/${locale}/account/login`, { return_to: cartPage }))
  if (outcome !== "ok") redirect(withQuery(cartPage, { quote: outcome }) + "#request-quote")
  // The lines now live in the quotes: a fresh cart for whatever comes next.
  await clearCartId()
  refreshEverything()
  redirect(withQuery(`/${locale}/account/quotes`, { requested: String(count) }))
}

const BUYER_INTENTS = ["accept", "reject", "withdraw", "message", "changes"] as const
type BuyerIntent = (typeof BUYER_INTENTS)[number]

/** A failure for a form state, by kind and in words; a busy record is "someone else is changing it". */
function failureOf(locale: AppLocale, error: unknown): { failure: FailureKind; failureText: string } {
  const failure = classify(error)
  const kind = failure.code === PlatformErrors.RECORD_BUSY ? "conflict" : failure.kind
  return {
    failure: kind,
    failureText: errorText(locale, { ...failure, kind, minutes: minutesToWait(failure.retryAfter) }),
  }
}

/**
 * Where a refused quote action sends the user back to: an expiry, a quote that moved on (state), not
 * theirs; anything else (an outage, a throttle, a busy quote, a refused field) as what it was.
 */
function quoteError(error: unknown): Record<string, string> {
  return formFailureQuery(error, ({ status, code, field }) => {
    if (code === WholesaleErrors.QUOTE_EXPIRED) return "expired"
    if (status === 409 || (status === 400 && !field)) return "state"
    if (status === 403) return "forbidden"
    return null
  })
}

/** The buyer's answer on a quote: accept, reject (with a reason), withdraw, write, or ask for changes. */
export async function answerQuote(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const quoteId = str(form, "quote_id", 100)
  const intent = str(form, "intent", 20) as BuyerIntent
  const page = `/${locale}/account/quotes/${encodeURIComponent(quoteId)}`
  if (!quoteId || !(BUYER_INTENTS as readonly string[]).includes(intent)) redirect(`/${locale}/account/quotes`)
  const body = str(form, "body", 2000)
  if ((intent === "message" || intent === "changes") && !body)
    redirect(withQuery(page, { error: "body", form: intent }) + "#answer")
  const path = `/store/wholesale/quotes/${encodeURIComponent(quoteId)}`
  try {
    if (intent === "accept") await wholesaleFetch(`${path}/accept`, { method: "POST", body: {} })
    else if (intent === "reject")
      await wholesaleFetch(`${path}/reject`, { method: "POST", body: { reason: body || null } })
    else if (intent === "withdraw") await wholesaleFetch(`${path}/withdraw`, { method: "POST", body: {} })
    else
      await wholesaleFetch(`${path}/messages`, {
        method: "POST",
        body: { body, ...(intent === "changes" ? { request_changes: true } : {}) },
      })
  } catch (error) {
    console.error(`[wholesale] quote ${intent} failed:`, describe(error))
    redirect(withQuery(page, quoteError(error)) + "#answer")
  }
  refreshEverything()
  redirect(withQuery(page, { done: intent }) + (intent === "message" || intent === "changes" ? "#thread" : ""))
}

// --- Quotes: the seller -----------------------------------------------------------------------

/** The seller's counter-offer: quantity and unit price per line, a lead time and a note. */
export async function sendCounterOffer(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const quoteId = str(form, "quote_id", 100)
  const page = shopPath(locale, sellerId, `/quotes/${encodeURIComponent(quoteId)}`)
  const itemIds = form.getAll("item_id").filter((v): v is string => typeof v === "string" && /^[\w-]{1,100}$/.test(v))
  const built = buildCounterOffer(
    itemIds.map((id) => ({
      item_id: id,
      quantity: str(form, `qty_${id}`, 12),
      unit_price: str(form, `price_${id}`, 20),
    })),
    str(form, "lead_time_days", 6),
    str(form, "note", 2100)
  )
  if (!built.ok) {
    const general = built.errors.includes("all_zero") ? "all_zero" : "fields"
    redirect(withQuery(page, { error: general, fields: built.errors.join(",") }) + "#offer")
  }
  try {
    await vendorFetch(
      `/vendors/sellers/${encodeURIComponent(sellerId)}/wholesale/quotes/${encodeURIComponent(quoteId)}/counter-offer`,
      {
        method: "POST",
        body: built.body,
      }
    )
  } catch (error) {
    console.error("[wholesale] counter-offer failed:", describe(error))
    redirect(withQuery(page, quoteError(error)) + "#offer")
  }
  refreshEverything()
  redirect(withQuery(page, { done: "offer" }))
}

/** A message from the seller on the quote's thread. */
export async function sellerQuoteMessage(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const quoteId = str(form, "quote_id", 100)
  const page = shopPath(locale, sellerId, `/quotes/${encodeURIComponent(quoteId)}`)
  const body = str(form, "body", 2000)
  if (!body) redirect(withQuery(page, { error: "body" }) + "#message")
  try {
    await vendorFetch(
      `/vendors/sellers/${encodeURIComponent(sellerId)}/wholesale/quotes/${encodeURIComponent(quoteId)}/messages`,
      {
        method: "POST",
        body: { body },
      }
    )
  } catch (error) {
    console.error("[wholesale] seller message failed:", describe(error))
    redirect(withQuery(page, quoteError(error)) + "#message")
  }
  refreshEverything()
  redirect(withQuery(page, { done: "message" }) + "#thread")
}

/** The seller's wholesale terms for a product's variants: minimum, case pack and lead time. */
export async function saveWholesaleTerms(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const productId = str(form, "product_id", 100)
  const page = shopPath(locale, sellerId, `/products/${encodeURIComponent(productId)}`)
  const variantIds = form
    .getAll("variant_id")
    .filter((v): v is string => typeof v === "string" && /^[\w-]{1,100}$/.test(v))
  const built = buildVariantTerms(
    variantIds.map((id) => ({
      variant_id: id,
      min_order_quantity: str(form, `moq_${id}`, 12),
      case_pack: str(form, `pack_${id}`, 12),
      lead_time_days: str(form, `lead_${id}`, 6),
    }))
  )
  if (!built.ok) redirect(withQuery(page, { error: "wholesale", fields: built.errors.join(",") }) + "#wholesale")
  const current = (await getProductWholesale(productId, "inr"))?.variants ?? []
  let failed: Record<string, string> | null = null
  for (const { variant_id, ...terms } of changedTerms(built.terms, current)) {
    try {
      await vendorFetch(
        `/vendors/sellers/${encodeURIComponent(sellerId)}/wholesale/terms/${encodeURIComponent(variant_id)}`,
        { method: "POST", body: terms }
      )
    } catch (error) {
      console.error("[wholesale] terms failed:", describe(error))
      failed = formFailureQuery(error, ({ status }) => (status === 403 ? "wholesaleForbidden" : null))
      break
    }
  }
  refreshEverything()
  // `for`: the product page has several forms; a failure kind is shown beside the wholesale terms.
  if (failed) redirect(withQuery(page, { ...failed, for: "wholesale" }) + "#wholesale")
  redirect(withQuery(page, { saved: "wholesale" }) + "#wholesale")
}
