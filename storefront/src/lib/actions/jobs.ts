"use server"

import { redirect } from "next/navigation"
import { authHeaders, getAuthToken } from "../cookies"
import { describe, statusOf } from "../data/errors"
import { JobsErrors, type EmployerContactResponse, type StoreKarigarContactResponse } from "@dharavi/jobs/contract"
import { errorText } from "../error-text"
import { classify, formFailureQuery, minutesToWait, validationMessage, type FailureKind } from "../failures"
import { PlatformErrors } from "../platform-codes"
import { employerFetch, employerSignedIn, getMyKarigar, getTrades, uploadKarigarPhotosChecked } from "../data/jobs"
import {
  buildEmployerBody,
  buildKarigarBody,
  buildPostBody,
  EMPLOYER_FIELDS,
  employerApi,
  employerPages,
  jobFieldErrors,
  KARIGAR_FIELDS,
  parseScope,
  POST_FIELDS,
  REPORT_REASONS,
  withPortfolio,
  type Contact,
  type EmployerScope,
} from "../jobs"
import { medusa } from "../medusa"
import { safeReturnPath } from "../paths"
import { dateInZone } from "../tool-houses"
import type { AppLocale } from "@/i18n/locales"
import { files, localeOf, str, withQuery } from "./helpers"
import { refreshEverything } from "./refresh"

/**
 * Jobs+: the karigar's profile (with photos), applying, reporting, withdrawing and consent to share
 * contact; the employer's profile, posts and decisions, for a business customer or a seller (the
 * `scope` form field, "business" or "seller:<id>"). Forms post here and come back with ?saved= or
 * ?error= (and the fields to fix), so everything works without JavaScript.
 */

const post =
  (path: string, body: Record<string, unknown> = {}) =>
  async () =>
    medusa().client.fetch(path, { method: "POST", headers: await authHeaders(), body })

/** `message`: Medusa's validation message naming refused fields (validationMessage), "" for a coded error. */
type Attempt = { ok: true } | { ok: false; status?: number; code?: string; message: string; error: unknown }

async function attempt(label: string, call: () => Promise<unknown>): Promise<Attempt> {
  try {
    await call()
    return { ok: true }
  } catch (error) {
    console.error(`[jobs] ${label} failed:`, describe(error))
    return { ok: false, status: statusOf(error), code: classify(error).code, message: validationMessage(error), error }
  }
}

/** A refused call as the page's query: `own` (this form's code) when it names one, else the failure's kind. */
const refusal = (result: Attempt, own?: Parameters<typeof formFailureQuery>[1]) =>
  result.ok ? {} : formFailureQuery(result.error, own)

const loginPath = (locale: AppLocale, returnTo: string) =>
  withQuery(`/${locale}/account/login`, { return_to: returnTo })
const jobPath = (locale: AppLocale, id: string) => `/${locale}/jobs/${encodeURIComponent(id)}`

// ---------- Karigars ----------

/** Creates or updates my karigar profile; then uploads a new photo and portfolio photos, if any. */
export async function saveKarigarProfile(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/account/karigar`
  const returnTo = safeReturnPath(str(form, "return_to", 500), "")
  const back = (params: Record<string, string>) =>
    withQuery(page, { ...params, ...(returnTo ? { return_to: returnTo } : {}) })
  if (!(await getAuthToken())) redirect(loginPath(locale, page))
  const [catalogue, current] = await Promise.all([getTrades(), getMyKarigar()])
  const built = buildKarigarBody(form, catalogue)
  if (!built.ok) redirect(back({ error: "fields", fields: built.errors.join(",") }))

  const saved = await attempt("profile", post("/store/jobs/profile", built.body))
  if (!saved.ok) {
    if (saved.status === 401) redirect(loginPath(locale, page))
    const fields = saved.status === 400 ? jobFieldErrors(saved.message, KARIGAR_FIELDS) : []
    redirect(back(fields.length ? { error: "fields", fields: fields.join(",") } : refusal(saved)))
  }

  // Photos go up once the profile exists; their URLs are saved on it.
  const update: Record<string, unknown> = {}
  const photo = files(form, "photo").slice(0, 1)
  if (photo.length) {
    const uploaded = await uploadKarigarPhotosChecked(photo)
    if ("problem" in uploaded)
      redirect(
        back(
          uploaded.failure
            ? { ...uploaded.failure, fields: "photo" }
            : { error: "photo", photo: uploaded.problem, fields: "photo" }
        )
      )
    update.photo_url = uploaded.urls[0]
  } else if (str(form, "remove_photo", 5) === "1" && current?.photo_url) {
    update.photo_url = null
  }
  const portfolio = files(form, "portfolio")
  if (portfolio.length) {
    const uploaded = await uploadKarigarPhotosChecked(portfolio)
    if ("problem" in uploaded)
      redirect(
        back(
          uploaded.failure
            ? { ...uploaded.failure, fields: "portfolio" }
            : { error: "photo", photo: uploaded.problem, fields: "portfolio" }
        )
      )
    update.portfolio_urls = withPortfolio(current?.portfolio_urls ?? [], uploaded.urls)
  }
  if (Object.keys(update).length) {
    const withPhotos = await attempt("profile photos", post("/store/jobs/profile", update))
    // The photos are up but could not be saved on the profile: said as what it was.
    if (!withPhotos.ok) redirect(back({ ...refusal(withPhotos), fields: "photo" }))
  }
  refreshEverything()
  redirect(
    returnTo ? withQuery(returnTo, { profile: "saved" }) : withQuery(page, { saved: current ? "updated" : "created" })
  )
}

/** Takes one photo out of my portfolio. */
export async function removePortfolioPhoto(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/account/karigar`
  if (!(await getAuthToken())) redirect(loginPath(locale, page))
  const current = await getMyKarigar()
  const url = str(form, "url", 600)
  if (!current || !url) redirect(page)
  const done = await attempt(
    "portfolio",
    post("/store/jobs/profile", { portfolio_urls: withPortfolio(current.portfolio_urls, [], url) })
  )
  refreshEverything()
  redirect(withQuery(page, done.ok ? { saved: "photo_removed" } : refusal(done)) + "#portfolio")
}

/** One tap: apply to a job (again is harmless: "already applied" shows the application). */
export async function applyToJob(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const id = str(form, "post_id", 100)
  const page = jobPath(locale, id)
  if (!(await getAuthToken())) redirect(loginPath(locale, page))
  const note = str(form, "note", 500)
  const result = await attempt("apply", post(`/store/jobs/posts/${encodeURIComponent(id)}/apply`, note ? { note } : {}))
  refreshEverything()
  // A 409 is "already applied" (shown as applied); a busy record is not an application.
  if (result.ok || result.code === JobsErrors.ALREADY_APPLIED) redirect(withQuery(page, { applied: "1" }))
  if (result.status === 401) redirect(loginPath(locale, page))
  if (result.code === JobsErrors.KARIGAR_PROFILE_REQUIRED) {
    redirect(withQuery(`/${locale}/account/karigar`, { return_to: page }))
  }
  redirect(
    withQuery(
      page,
      refusal(result, ({ status, code, field }) =>
        code === JobsErrors.OWN_POST ? "own" : (status === 400 && !field) || status === 404 ? "closed" : null
      )
    )
  )
}

/** Reports a post to the platform ("asks for money", …); once per person. */
export async function reportJob(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const id = str(form, "post_id", 100)
  const page = jobPath(locale, id)
  if (!(await getAuthToken())) redirect(loginPath(locale, page))
  const reason = REPORT_REASONS.find((r) => r === str(form, "reason", 30))
  if (!reason) redirect(withQuery(page, { error: "reason" }) + "#report")
  const details = str(form, "details", 1000)
  const result = await attempt(
    "report",
    post(`/store/jobs/posts/${encodeURIComponent(id)}/report`, { reason, ...(details ? { details } : {}) })
  )
  if (result.ok) redirect(withQuery(page, { reported: "1" }) + "#report")
  if (result.status === 401) redirect(loginPath(locale, page))
  // The report form's failures go in their own parameter: the apply notice at the top reads `error`.
  const failed = result.ok ? {} : formFailureQuery(result.error, undefined, "report_error")
  redirect(withQuery(page, result.status === 422 ? { error: "already_reported" } : failed) + "#report")
}

/** Withdraws one of my applications. */
export async function withdrawApplication(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/account/applications`
  if (!(await getAuthToken())) redirect(loginPath(locale, page))
  const id = str(form, "application_id", 100)
  const result = await attempt("withdraw", post(`/store/jobs/applications/${encodeURIComponent(id)}/withdraw`))
  refreshEverything()
  redirect(
    withQuery(
      page,
      result.ok
        ? { saved: "withdrawn" }
        : refusal(result, ({ status, field }) => (status === 400 && !field ? "withdraw" : null))
    ) + `#a-${id}`
  )
}

/** "Share my contact" with the employer of one application, or take it back. */
export async function shareContact(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/account/applications`
  if (!(await getAuthToken())) redirect(loginPath(locale, page))
  const id = str(form, "application_id", 100)
  const share = str(form, "share", 5) === "1"
  const result = await attempt(
    "share contact",
    post(`/store/jobs/applications/${encodeURIComponent(id)}/share-contact`, { share })
  )
  refreshEverything()
  redirect(
    withQuery(
      page,
      result.ok
        ? { saved: share ? "shared" : "unshared" }
        : refusal(result, ({ status, field }) => (status === 400 && !field ? "share" : null))
    ) + `#a-${id}`
  )
}

export type RevealState = {
  application_id?: string
  contact?: Contact
  error?: "limit" | "not_yet" | "login" | "failed"
  /** Any other failure, by kind (unavailable, busy…): the form says which. */
  failure?: FailureKind
  /** That failure in the page's language (errorText: its code's text, else its kind's). */
  failureText?: string
}

/**
 * Shows the other side's contact on an application (the plugin checks both agreed, logs the reveal and
 * limits employers per day). With `useActionState`: the details come back to the page, never in a URL.
 */
export async function revealContact(_previous: RevealState, form: FormData): Promise<RevealState> {
  const id = str(form, "application_id", 100)
  const who = str(form, "scope", 120)
  const scope = who === "karigar" ? null : parseScope(who)
  if (!id || (who !== "karigar" && !scope)) return { application_id: id, error: "failed" }
  try {
    const path = scope
      ? `${employerApi(scope).prefix}/applications/${encodeURIComponent(id)}/contact`
      : `/store/jobs/applications/${encodeURIComponent(id)}/contact`
    const { contact } = scope
      ? await employerFetch<EmployerContactResponse>(scope, path, { method: "POST", body: {} })
      : await medusa().client.fetch<StoreKarigarContactResponse>(path, {
          method: "POST",
          headers: await authHeaders(),
          body: {},
        })
    return { application_id: id, contact }
  } catch (error) {
    const status = statusOf(error)
    console.error("[jobs] reveal failed:", describe(error))
    const failure = classify(error)
    const own =
      failure.code === JobsErrors.REVEAL_LIMIT
        ? "limit"
        : failure.code === JobsErrors.CONTACT_NOT_OPEN
          ? "not_yet"
          : status === 401
            ? "login"
            : null
    const kind = failure.code === PlatformErrors.RECORD_BUSY ? "conflict" : failure.kind
    return own
      ? { application_id: id, error: own }
      : {
          application_id: id,
          error: "failed",
          failure: kind,
          failureText: errorText(localeOf(form), { ...failure, kind, minutes: minutesToWait(failure.retryAfter) }),
        }
  }
}

// ---------- Employers ----------

/** The scope of an employer form, and where its pages and sign-in are. */
async function employerForm(form: FormData) {
  const locale = localeOf(form)
  const scope = parseScope(str(form, "scope", 120))
  if (!scope) redirect(`/${locale}`)
  const pages = employerPages(locale, scope)
  const login = (returnTo: string) =>
    scope.kind === "business"
      ? loginPath(locale, returnTo)
      : withQuery(`/${locale}/sell/login`, { return_to: returnTo })
  if (!(await employerSignedIn(scope))) redirect(login(pages.home))
  return { locale, scope, pages, login }
}

async function employerCall(scope: EmployerScope, label: string, path: string, body: Record<string, unknown> = {}) {
  return attempt(label, () => employerFetch(scope, path, { method: "POST", body }))
}

/** The employer profile (name, area, about, contact): created or updated. */
export async function saveEmployerProfile(form: FormData): Promise<void> {
  const { scope, pages, login } = await employerForm(form)
  const built = buildEmployerBody(form)
  if (!built.ok) redirect(withQuery(pages.home, { error: "fields", fields: built.errors.join(",") }) + "#employer")
  const result = await employerCall(scope, "employer profile", employerApi(scope).profile, built.body)
  if (!result.ok) {
    if (result.status === 401) redirect(login(pages.home))
    const fields = result.status === 400 ? jobFieldErrors(result.message, EMPLOYER_FIELDS) : []
    const error = fields.length
      ? { error: "fields", fields: fields.join(",") }
      : refusal(result, ({ status }) => (status === 403 ? "forbidden" : null))
    redirect(withQuery(pages.home, error) + "#employer")
  }
  refreshEverything()
  redirect(withQuery(pages.home, { saved: "profile" }))
}

/** A new job post: it waits for the platform's review ("pending"). */
export async function createJobPost(form: FormData): Promise<void> {
  const { scope, pages, login } = await employerForm(form)
  const catalogue = await getTrades()
  const built = buildPostBody(form, catalogue, dateInZone(new Date(), "Asia/Kolkata"))
  if (!built.ok) redirect(withQuery(pages.newPost, { error: "fields", fields: built.errors.join(",") }))
  let created: { post?: { id: string } } | null = null
  let failure: { status?: number; message: string; error: unknown } | null = null
  try {
    created = await employerFetch<{ post: { id: string } }>(scope, `${employerApi(scope).prefix}/posts`, {
      method: "POST",
      body: built.body,
    })
  } catch (error) {
    console.error("[jobs] create post failed:", describe(error))
    failure = { status: statusOf(error), message: validationMessage(error), error }
  }
  if (failure || !created?.post) {
    if (failure?.status === 401) redirect(login(pages.newPost))
    if (failure?.status === 404) redirect(withQuery(pages.home, { error: "no_profile" }) + "#employer")
    const fields = failure?.status === 400 ? jobFieldErrors(failure.message, POST_FIELDS) : []
    const error = fields.length
      ? { error: "fields", fields: fields.join(",") }
      : failure
        ? formFailureQuery(failure.error, ({ status }) => (status === 403 ? "forbidden" : null))
        : { error: "save" }
    redirect(withQuery(pages.newPost, error))
  }
  refreshEverything()
  redirect(withQuery(pages.post(created.post.id), { saved: "created" }))
}

/** Shortlist, reject or hire an applicant. Hiring past the last opening is refused (409 post_full). */
export async function decideApplication(form: FormData): Promise<void> {
  const { scope, pages, login } = await employerForm(form)
  const postId = str(form, "post_id", 100)
  const id = str(form, "application_id", 100)
  const decision = str(form, "decision", 20)
  const page = pages.post(postId)
  if (!["shortlist", "reject", "hire"].includes(decision)) redirect(page)
  const result = await employerCall(
    scope,
    decision,
    `${employerApi(scope).prefix}/applications/${encodeURIComponent(id)}/${decision}`
  )
  refreshEverything()
  if (result.ok)
    redirect(
      withQuery(page, {
        saved: decision === "shortlist" ? "shortlisted" : decision === "reject" ? "rejected" : "hired",
      }) + `#a-${id}`
    )
  if (result.status === 401) redirect(login(page))
  // The plugin's own answers: no opening left (post_full), not this employer's, the application or post
  // moved on (application_moved, post_moved, application_not_open). A busy record is said as such first.
  const error = refusal(result, ({ status, code, field }) =>
    code === JobsErrors.POST_FULL
      ? "post_full"
      : code === JobsErrors.APPLICATION_MOVED || code === JobsErrors.POST_MOVED || (status === 400 && !field)
        ? "moved"
        : status === 403
          ? "forbidden"
          : null
  )
  redirect(withQuery(page, error) + `#a-${id}`)
}

/** Closes a post: it leaves the board; applicants keep their applications. */
export async function closeJobPost(form: FormData): Promise<void> {
  const { scope, pages, login } = await employerForm(form)
  const postId = str(form, "post_id", 100)
  const page = pages.post(postId)
  const result = await employerCall(
    scope,
    "close",
    `${employerApi(scope).prefix}/posts/${encodeURIComponent(postId)}/close`
  )
  refreshEverything()
  if (result.ok) redirect(withQuery(page, { saved: "closed" }))
  if (result.status === 401) redirect(login(page))
  redirect(
    withQuery(
      page,
      refusal(result, ({ status, code }) =>
        status === 403
          ? "forbidden"
          : code === JobsErrors.POST_MOVED || code === JobsErrors.POST_NOT_OPEN
            ? "close"
            : null
      )
    )
  )
}
