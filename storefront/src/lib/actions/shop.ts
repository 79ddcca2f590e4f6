"use server"

import { redirect } from "next/navigation"
import { describe, statusOf } from "../data/errors"
import { MarketplaceErrors } from "@dharavi/marketplace/contract"
import { formFailureQuery, validationMessage } from "../failures"
import { getShopProfile, listShopMembers, retrieveVendorMe, uploadPhotos, vendorFetch } from "../data/vendor"
import { parseInvite } from "../members"
import { apiFieldErrors, buildPrivateUpdate, buildProfileUpdate } from "../shop-profile"
import { files, localeOf, shopPath, str, withQuery } from "./helpers"
import { refreshEverything } from "./refresh"

/**
 * The shop's profile and its members: any member edits the public profile; the
 * owner alone edits contact, GST, artisan card and payout details, and decides
 * who else may manage the shop. Forms post here and come back with ?saved= or
 * ?error= (and the fields to fix), so everything works without JavaScript.
 */

async function saveSeller(
  sellerId: string,
  update: Record<string, unknown>
): Promise<{ ok: true } | { ok: false; status?: number; message: string; error: unknown }> {
  try {
    await vendorFetch(`/vendors/sellers/${encodeURIComponent(sellerId)}`, { method: "POST", body: update })
    return { ok: true }
  } catch (error) {
    console.error("[shop] update failed:", describe(error))
    return { ok: false, status: statusOf(error), message: validationMessage(error), error }
  }
}

/** Where a refused save goes back to: the fields the marketplace named, or a general error. */
function refused(
  page: string,
  section: "profile" | "private",
  result: { status?: number; message: string; error: unknown }
): never {
  const back = (params: Record<string, string>) => redirect(withQuery(page, { ...params, section }) + `#${section}`)
  const fields = result.status === 400 ? apiFieldErrors(result.message) : []
  if (fields.length) back({ error: "fields", fields: fields.join(",") })
  // The shop's own answers (not the owner, a refused field); an outage, a throttle or a busy shop as such.
  return back(
    formFailureQuery(result.error, ({ status, field }) =>
      status === 403 ? "forbidden" : status === 400 && !field ? "fields" : null
    )
  )
}

/** Name, kind, crafts, area, the story in the page's language, and the shop photo. */
export async function updateShopProfile(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const page = shopPath(locale, sellerId, "/profile")
  const current = await getShopProfile(sellerId)
  if (!current) redirect(shopPath(locale, sellerId))

  const built = buildProfileUpdate(
    current.seller,
    {
      name: str(form, "name", 200),
      kind: str(form, "kind", 20),
      crafts: form.getAll("crafts").filter((c): c is string => typeof c === "string"),
      otherCrafts: str(form, "other_crafts", 300),
      area: str(form, "area", 200),
      story: str(form, "story", 5000),
      removePhoto: str(form, "remove_photo", 5) === "1",
    },
    locale
  )
  if (!built.ok) redirect(withQuery(page, { error: "fields", fields: built.errors.join(",") }) + "#profile")
  const update = built.update

  const photos = files(form, "photo")
  if (photos.length) {
    const uploaded = await uploadPhotos(sellerId, photos.slice(0, 1))
    if ("problem" in uploaded) {
      redirect(
        withQuery(
          page,
          uploaded.failure ?? {
            error: uploaded.problem === "upload" ? "upload" : "fields",
            fields: "photo",
            photo: uploaded.problem,
          }
        ) + "#profile"
      )
    }
    update.photo_url = uploaded.urls[0]
  }

  if (Object.keys(update).length) {
    const result = await saveSeller(sellerId, update)
    if (!result.ok) refused(page, "profile", result)
    refreshEverything()
  }
  redirect(withQuery(page, { saved: "profile" }) + "#profile")
}

/** Owner only: contact, GST number, artisan card and payout details (UPI or bank). */
export async function updateShopPrivate(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const page = shopPath(locale, sellerId, "/profile")
  const built = buildPrivateUpdate({
    phone: str(form, "contact_phone", 40),
    whatsapp: str(form, "contact_whatsapp", 40),
    email: str(form, "contact_email", 254),
    gstNumber: str(form, "gst_number", 40),
    artisanCard: str(form, "artisan_card", 80),
    payoutMethod: str(form, "payout_method", 10),
    upiId: str(form, "upi_id", 120),
    accountName: str(form, "account_name", 200),
    accountNumber: str(form, "account_number", 40),
    ifsc: str(form, "ifsc", 20),
  })
  if (!built.ok)
    redirect(withQuery(page, { error: "fields", fields: built.errors.join(","), section: "private" }) + "#private")
  const result = await saveSeller(sellerId, built.update)
  if (!result.ok) refused(page, "private", result)
  refreshEverything()
  redirect(withQuery(page, { saved: "private" }) + "#private")
}

/** Owner only: gives a person with a seller account a role here (staff, or a digi-preneur with a share). */
export async function inviteMember(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const page = shopPath(locale, sellerId, "/members")
  const parsed = parseInvite({
    email: str(form, "email", 254),
    role: str(form, "role", 20),
    share: str(form, "share", 10),
  })
  if (!parsed.ok) redirect(withQuery(page, { error: "fields", fields: parsed.errors.join(",") }) + "#invite")

  // Adding an existing member changes their role: never let that demote the owner by mistake.
  const me = await retrieveVendorMe()
  if (me && me.user.email.toLowerCase() === parsed.body.email) redirect(withQuery(page, { error: "self" }) + "#invite")
  let error: string | Record<string, string> | null = null
  try {
    const members = await listShopMembers(sellerId)
    const owner = members.find(
      (m) => !m.revoked_at && m.role === "owner" && m.user?.email?.toLowerCase() === parsed.body.email
    )
    if (owner) error = "owner"
  } catch (e) {
    console.error("[shop] members failed:", describe(e))
  }
  if (!error) {
    try {
      await vendorFetch(`/vendors/sellers/${encodeURIComponent(sellerId)}/members`, {
        method: "POST",
        body: parsed.body,
      })
    } catch (e) {
      if (statusOf(e) !== 404) console.error("[shop] invite failed:", describe(e))
      error = formFailureQuery(e, ({ status, code, field }) =>
        status === 404
          ? "noAccount"
          : status === 403
            ? "forbidden"
            : code === MarketplaceErrors.DIGIPRENEUR_TAKEN
              ? "hasDigipreneur"
              : status === 400 && !field
                ? "fields"
                : null
      )
    }
  }
  if (error) redirect(withQuery(page, typeof error === "string" ? { error } : error) + "#invite")
  refreshEverything()
  redirect(withQuery(page, { saved: "invited" }) + "#members")
}

/** Owner only: ends a member's access (the record stays for the audit log). */
export async function revokeMember(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const memberId = str(form, "member_id", 100)
  const page = shopPath(locale, sellerId, "/members")
  let error: Record<string, string> | null = null
  try {
    await vendorFetch(`/vendors/sellers/${encodeURIComponent(sellerId)}/members/${encodeURIComponent(memberId)}`, {
      method: "DELETE",
    })
  } catch (e) {
    console.error("[shop] revoke failed:", describe(e))
    error = formFailureQuery(e, ({ status, code, field }) =>
      code === MarketplaceErrors.LAST_OWNER || (status === 400 && !field)
        ? "lastOwner"
        : status === 403
          ? "forbidden"
          : status === 404
            ? "gone"
            : null
    )
  }
  refreshEverything()
  // `for`: the page has two forms reading `error`; a failure kind is shown beside the members list.
  redirect(withQuery(page, error ? { ...error, for: "members" } : { saved: "revoked" }) + "#members")
}
