"use server"

import { redirect } from "next/navigation"
import { PLEDGE_PROVIDER, parsePledgeForm } from "../commons"
import { authHeaders, getAuthToken } from "../cookies"
import { getPool } from "../data/commons"
import { describe, statusOf } from "../data/errors"
import { medusa } from "../medusa"
import { refreshEverything } from "./refresh"
import { localeOf, str, withQuery } from "./helpers"

export type PledgeError = "quantity" | "flex" | "too_many" | "pool_full" | "already" | "payment" | "closed" | "failed"

/** The plugin's 400s: a refused authorisation, or a pool that no longer takes pledges. */
function errorOf(error: unknown): PledgeError | "login" {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : ""
  if (status === 401) return "login"
  if (status === 409) return "pool_full"
  if (status === 422) return "already"
  if (status === 400) return /authori[sz]ed/i.test(message) ? "payment" : "closed"
  if (status === 404) return "closed"
  return "failed"
}

/**
 * Pledges to a pool, or changes my live pledge (`pledge_id`): firm quantity and optional flex, paid
 * by the system provider (the plugin authorises the most it could cost, captures at settlement).
 */
export async function savePledge(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 100)
  const page = `/${locale}/pools/${encodeURIComponent(handle)}`
  if (!(await getAuthToken())) redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  const pool = handle ? await getPool(handle) : null
  if (!pool) redirect(`/${locale}/pools`)
  const pledgeId = str(form, "pledge_id", 100)
  const current = Number(str(form, "current_quantity", 10)) || 0
  const parsed = parsePledgeForm(
    { quantity: str(form, "quantity", 20), flex_quantity: str(form, "flex_quantity", 20) },
    pool.progress.remaining + (pledgeId ? current : 0),
  )
  if (!parsed.ok) redirect(withQuery(page, { error: parsed.error, quantity: str(form, "quantity", 20), flex: str(form, "flex_quantity", 20) }))

  let outcome: "ok" | "login" | PledgeError = "failed"
  try {
    const body = { ...parsed.value, payment: { provider_id: PLEDGE_PROVIDER } }
    const path = pledgeId ? `/store/pledges/${encodeURIComponent(pledgeId)}` : `/store/pools/${encodeURIComponent(pool.id)}/pledges`
    await medusa().client.fetch(path, { method: "POST", headers: await authHeaders(), body })
    outcome = "ok"
  } catch (error) {
    outcome = errorOf(error)
    console.error("[commons] pledge failed:", describe(error))
  }
  refreshEverything()
  if (outcome === "login") redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  if (outcome !== "ok") redirect(withQuery(page, { error: outcome }))
  redirect(withQuery(page, { saved: pledgeId ? "changed" : "pledged" }))
}

/** Withdraws my pledge while the pool is open: its units go back and the authorisation is let go. */
export async function withdrawPledge(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 100)
  const page = handle ? `/${locale}/pools/${encodeURIComponent(handle)}` : `/${locale}/account/pledges`
  if (!(await getAuthToken())) redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  const id = str(form, "pledge_id", 100)
  let ok = false
  try {
    if (id) {
      await medusa().client.fetch(`/store/pledges/${encodeURIComponent(id)}/withdraw`, { method: "POST", headers: await authHeaders(), body: {} })
      ok = true
    }
  } catch (error) {
    console.error("[commons] withdraw failed:", describe(error))
  }
  refreshEverything()
  redirect(withQuery(page, ok ? { saved: "withdrawn" } : { error: "withdraw" }))
}
