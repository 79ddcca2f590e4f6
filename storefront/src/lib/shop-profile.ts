import type {
  SellerContact,
  SellerPayoutDetails,
  VendorSeller,
  VendorUpdateSellerBody,
} from "@dharavi/marketplace/contract"
import type { AppLocale } from "@/i18n/locales"
import { isValidEmail } from "./address"
import { CRAFTS, craftKey, normalizePhone, parseCrafts, toAsciiDigits, type CraftKey } from "./sellers"

/**
 * Pure helpers for the shop profile page: what the form shows, and the partial
 * update (POST /vendors/sellers/:id) it sends. The public profile (name, kind,
 * crafts, area, story, photo) any member may change; contact, GST, artisan card
 * and payout details only the owner. The checks mirror the marketplace's, so a
 * karigar learns what is wrong before anything is sent.
 */

export type Contact = SellerContact
export type PayoutDetails = SellerPayoutDetails

/** The seller as GET /vendors/sellers/:id returns it (payout details only to the owner). */
export type ShopProfile = VendorSeller

export const NAME_MIN = 2
export const NAME_MAX = 120
export const AREA_MAX = 80
export const STORY_MAX = 4000
export const CARD_MAX = 40
export const ACCOUNT_NAME_MAX = 120

export const GSTIN_PATTERN = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/
export const IFSC_PATTERN = /^[A-Z]{4}0[A-Z0-9]{6}$/
export const ACCOUNT_NUMBER_PATTERN = /^[0-9]{6,18}$/
export const UPI_PATTERN = /^[\w.-]+@[\w.-]+$/

/** The same rules for the browser's own check (`pattern` attributes), letting people type small letters. */
export const HTML_PATTERNS = {
  gst_number: "\\s*[0-9]{2}[A-Za-z]{5}[0-9]{4}[A-Za-z][1-9A-Za-z][Zz][0-9A-Za-z]\\s*",
  ifsc: "\\s*[A-Za-z]{4}0[A-Za-z0-9]{6}\\s*",
  upi_id: "\\s*[\\w.\\-]+@[\\w.\\-]+\\s*",
  /** Digits may be typed in Devanagari (०-९); the server turns them into 0-9. */
  phone: "\\s*\\+?[0-9\\u0966-\\u096F \\-]{8,16}\\s*",
  account_number: "\\s*[0-9\\u0966-\\u096F \\-]{6,24}\\s*",
} as const

export type ProfileField = "name" | "crafts" | "area" | "story" | "photo"
export type PrivateField =
  | "contact_phone"
  | "contact_whatsapp"
  | "contact_email"
  | "gst_number"
  | "artisan_card"
  | "upi_id"
  | "account_name"
  | "account_number"
  | "ifsc"
export const PROFILE_FIELDS: readonly ProfileField[] = ["name", "crafts", "area", "story", "photo"]
export const PRIVATE_FIELDS: readonly PrivateField[] = [
  "contact_phone",
  "contact_whatsapp",
  "contact_email",
  "gst_number",
  "artisan_card",
  "upi_id",
  "account_name",
  "account_number",
  "ifsc",
]

/** The crafts checkboxes and the "other crafts" text for a seller's crafts. */
export function craftsForForm(crafts: readonly string[] | null | undefined): { checked: CraftKey[]; other: string } {
  const checked: CraftKey[] = []
  const other: string[] = []
  for (const c of crafts ?? []) {
    const key = craftKey(c)
    if (key && CRAFTS.includes(key)) {
      if (!checked.includes(key)) checked.push(key)
    } else if (!other.includes(c)) {
      other.push(c)
    }
  }
  return { checked, other: other.join(", ") }
}

export type ProfileForm = {
  name: string
  kind: string
  crafts: readonly string[]
  otherCrafts: string
  area: string
  story: string
  removePhoto: boolean
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i])

/**
 * The partial update for the public profile: only what changed. The story is
 * sent for the form's language only; the marketplace merges it with the others.
 */
export function buildProfileUpdate(
  current: ShopProfile,
  form: ProfileForm,
  locale: AppLocale
): { ok: true; update: Record<string, unknown> } | { ok: false; errors: ProfileField[] } {
  const errors: ProfileField[] = []
  const name = form.name.trim()
  if (name.length < NAME_MIN || name.length > NAME_MAX) errors.push("name")
  const area = form.area.trim()
  if (area.length > AREA_MAX) errors.push("area")
  const story = form.story.replace(/\r\n/g, "\n").trim()
  if (story.length > STORY_MAX) errors.push("story")
  if (errors.length) return { ok: false, errors }

  const update: Record<string, unknown> = {}
  if (name !== current.name) update.name = name
  const kind = form.kind === "workshop" ? "workshop" : form.kind === "artisan" ? "artisan" : null
  if (kind && kind !== (current.kind ?? "artisan")) update.kind = kind
  const crafts = parseCrafts(form.crafts, form.otherCrafts)
  if (!sameList(crafts, current.crafts ?? [])) update.crafts = crafts
  if (area !== (current.area ?? "")) update.area = area || null
  if (story !== (current.story?.[locale] ?? "").trim()) update.story = { [locale]: story }
  if (form.removePhoto && current.photo_url) update.photo_url = null
  return { ok: true, update }
}

/** Which payout way the form shows first: bank when bank details are saved, else UPI. */
export function payoutMethodOf(payout: PayoutDetails | null | undefined): "upi" | "bank" {
  return payout?.account_number && !payout.upi_id ? "bank" : "upi"
}

export type PrivateForm = {
  phone: string
  whatsapp: string
  email: string
  gstNumber: string
  artisanCard: string
  payoutMethod: string
  upiId: string
  accountName: string
  accountNumber: string
  ifsc: string
}

/** The owner's private details as the form sends them (`POST /vendors/sellers/:id`): every one named, null clears it. */
export type PrivateUpdate = Required<
  Pick<VendorUpdateSellerBody, "contact" | "gst_number" | "artisan_card" | "payout_details">
>

/** "27 abcde 1234 f1z5" → "27ABCDE1234F1Z5": codes are typed with spaces and small letters on phones. */
export function normalizeCode(value: string): string {
  return toAsciiDigits(value ?? "")
    .replace(/[\s-]+/g, "")
    .toUpperCase()
}

/** "1234 5678-9012" or "१२३४५६७८" → "123456789012". */
export function normalizeAccountNumber(value: string): string {
  return toAsciiDigits(value ?? "").replace(/[\s-]+/g, "")
}

/**
 * The owner-only update: contact, GST number, artisan card and payout details
 * (UPI, or bank account name, number and IFSC). Empty fields clear what was
 * saved; the payout way not chosen is dropped.
 */
export function buildPrivateUpdate(
  form: PrivateForm
): { ok: true; update: PrivateUpdate } | { ok: false; errors: PrivateField[] } {
  const errors: PrivateField[] = []
  const contact: Contact = {}
  const phone = form.phone.trim()
  if (phone) {
    const p = normalizePhone(phone)
    if (p) contact.phone = p
    else errors.push("contact_phone")
  }
  const whatsapp = form.whatsapp.trim()
  if (whatsapp) {
    const w = normalizePhone(whatsapp)
    if (w) contact.whatsapp = w
    else errors.push("contact_whatsapp")
  }
  const email = form.email.trim().toLowerCase()
  if (email) {
    if (isValidEmail(email) && email.length <= 254) contact.email = email
    else errors.push("contact_email")
  }

  const gst = normalizeCode(form.gstNumber)
  if (gst && !GSTIN_PATTERN.test(gst)) errors.push("gst_number")
  const card = form.artisanCard.trim()
  if (card.length > CARD_MAX) errors.push("artisan_card")

  let payout: PayoutDetails | null = null
  if (form.payoutMethod === "bank") {
    const accountName = form.accountName.trim().replace(/\s+/g, " ")
    const accountNumber = normalizeAccountNumber(form.accountNumber)
    const ifsc = normalizeCode(form.ifsc)
    if (accountName || accountNumber || ifsc) {
      if (!accountName || accountName.length > ACCOUNT_NAME_MAX) errors.push("account_name")
      if (!ACCOUNT_NUMBER_PATTERN.test(accountNumber)) errors.push("account_number")
      if (!IFSC_PATTERN.test(ifsc)) errors.push("ifsc")
      payout = { account_name: accountName, account_number: accountNumber, ifsc }
    }
  } else {
    const upi = form.upiId.trim().replace(/\s+/g, "")
    if (upi) {
      if (UPI_PATTERN.test(upi) && upi.length <= 100) payout = { upi_id: upi }
      else errors.push("upi_id")
    }
  }
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    update: {
      contact: Object.keys(contact).length ? contact : null,
      gst_number: gst || null,
      artisan_card: card || null,
      payout_details: payout,
    },
  }
}

/** The marketplace's names in its messages → our form's fields. */
const API_FIELDS: [RegExp, ProfileField | PrivateField][] = [
  [/\bgst_number\b|\bgstin\b/i, "gst_number"],
  [/\bifsc\b/i, "ifsc"],
  [/\baccount_number\b/i, "account_number"],
  [/\baccount_name\b/i, "account_name"],
  [/\bupi_id\b/i, "upi_id"],
  [/\bartisan_card\b/i, "artisan_card"],
  [/\bwhatsapp\b/i, "contact_whatsapp"],
  [/\bphone\b/i, "contact_phone"],
  [/\bemail\b/i, "contact_email"],
  [/\bphoto_url\b/i, "photo"],
  [/\bcrafts\b/i, "crafts"],
  [/\barea\b/i, "area"],
  [/\bstory\b/i, "story"],
  [/\bname\b/i, "name"],
]

/**
 * The fields a marketplace error message names, e.g. "Invalid request:
 * gst_number must be a 15-character GSTIN; ifsc must look like SBIN0001234"
 * → ["gst_number", "ifsc"]. Each part of the message names one field.
 */
export function apiFieldErrors(message: string | null | undefined): (ProfileField | PrivateField)[] {
  const out: (ProfileField | PrivateField)[] = []
  const text = (message ?? "").replace(/^invalid request:\s*/i, "")
  for (const part of text.split(/[;\n]/)) {
    const hit = API_FIELDS.find(([re]) => re.test(part))
    if (hit && !out.includes(hit[1])) out.push(hit[1])
  }
  return out
}

/** Known field names from a `fields` query parameter, for the page to highlight. */
export function fieldsFromQuery<T extends string>(value: unknown, known: readonly T[]): Set<T> {
  const list = typeof value === "string" ? value.split(",") : []
  return new Set(list.filter((f): f is T => (known as readonly string[]).includes(f)))
}
