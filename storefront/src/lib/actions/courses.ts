"use server"

import { redirect } from "next/navigation"
import { authHeaders, getAuthToken } from "../cookies"
import { normaliseCertificateCode, seatError, type SeatError } from "../courses"
import { ensureCart } from "../data/cart"
import { describe, statusOf } from "../data/errors"
import { SkillSchoolErrors } from "@dharavi/skill-school/contract"
import { classify, formFailureQuery } from "../failures"
import { medusa } from "../medusa"
import { safeReturnPath } from "../paths"
import { refreshEverything } from "./refresh"
import { localeOf, str, withQuery } from "./helpers"

const coursePath = (locale: string, handle: string) => `/${locale}/courses/${encodeURIComponent(handle)}`
const login = (locale: string, back: string) => withQuery(`/${locale}/account/login`, { return_to: back })

/**
 * Puts a paid course in the cart: its product's one variant, quantity 1, in a cart created with the
 * customer's token (the checkout guard wants courses bought by a logged-in customer).
 */
export async function addCourseToCart(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 100)
  const page = coursePath(locale, handle)
  if (!(await getAuthToken())) redirect(login(locale, page))
  const variantId = str(form, "variant_id", 100)
  let ok = false
  let failure: Record<string, string> = { error: "cart" }
  try {
    if (variantId) {
      const cart = await ensureCart()
      const owned = (cart.items ?? []).some((item) => item.variant_id === variantId)
      if (!owned)
        await medusa().store.cart.createLineItem(
          cart.id,
          { variant_id: variantId, quantity: 1 },
          {},
          await authHeaders()
        )
      ok = true
    }
  } catch (error) {
    console.error("[school] add course failed:", describe(error))
    failure = formFailureQuery(error)
  }
  refreshEverything()
  redirect(ok ? `/${locale}/cart` : withQuery(page, failure))
}

/** Joins a free course in one tap (201 the first time, 200 after), then opens its first lesson's page. */
export async function joinFreeCourse(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 100)
  const page = coursePath(locale, handle)
  if (!(await getAuthToken())) redirect(login(locale, page))
  const courseId = str(form, "course_id", 100)
  let outcome: "ok" | "login" | "failed" = "failed"
  let failure: Record<string, string> = { error: "join" }
  try {
    if (courseId) {
      await medusa().client.fetch(`/store/courses/${encodeURIComponent(courseId)}/enrol`, {
        method: "POST",
        headers: await authHeaders(),
        body: {},
      })
      outcome = "ok"
    }
  } catch (error) {
    outcome = statusOf(error) === 401 ? "login" : "failed"
    failure = formFailureQuery(error)
    console.error("[school] join failed:", describe(error))
  }
  refreshEverything()
  if (outcome === "login") redirect(login(locale, page))
  redirect(withQuery(page, outcome === "ok" ? { joined: "1" } : failure))
}

/**
 * "Mark as done": the lesson is saved as finished, then the learner goes on to the next lesson the
 * page chose (`next_lesson_id`); the call that finishes the last one brings back the certificate.
 */
export async function completeLesson(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 100)
  const courseId = str(form, "course_id", 100)
  const lessonId = str(form, "lesson_id", 100)
  const nextId = str(form, "next_lesson_id", 100)
  const learn = (id: string) => `${coursePath(locale, handle)}/learn/${encodeURIComponent(id)}`
  if (!(await getAuthToken())) redirect(login(locale, learn(lessonId)))
  let completed = false
  let outcome: "ok" | "login" | "failed"
  let failure: Record<string, string> = { error: "complete" }
  try {
    const { progress } = await medusa().client.fetch<{ progress: { completed: boolean } }>(
      `/store/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}/complete`,
      { method: "POST", headers: await authHeaders(), body: {} }
    )
    completed = Boolean(progress?.completed)
    outcome = "ok"
  } catch (error) {
    outcome = statusOf(error) === 401 ? "login" : "failed"
    failure = formFailureQuery(error)
    console.error("[school] complete failed:", describe(error))
  }
  refreshEverything()
  if (outcome === "login") redirect(login(locale, learn(lessonId)))
  if (outcome === "failed") redirect(withQuery(learn(lessonId), failure))
  if (completed || !nextId) redirect(withQuery(learn(lessonId), { done: completed ? "course" : "lesson" }))
  redirect(withQuery(learn(nextId), { done: "lesson" }))
}

/**
 * Takes a seat at a workshop. Paid: the seat is held and its line added to the customer's cart (made
 * first when there is none), then the cart. Free: the seat is confirmed at once. A full workshop or a
 * second seat comes back to the page with the plugin's reason.
 */
export async function bookWorkshopSeat(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const back = safeReturnPath(str(form, "return_to", 500), `/${locale}/workshops`)
  if (!(await getAuthToken())) redirect(login(locale, back))
  const workshopId = str(form, "workshop_id", 100)
  const free = str(form, "is_free", 5) === "1"
  let outcome: "ok" | SeatError
  let failure: Record<string, string> = { seat_error: "failed" }
  try {
    const body = free ? {} : { cart_id: (await ensureCart()).id }
    await medusa().client.fetch(`/store/workshops/${encodeURIComponent(workshopId)}/seats`, {
      method: "POST",
      headers: await authHeaders(),
      body,
    })
    outcome = "ok"
  } catch (error) {
    outcome = seatError(statusOf(error), classify(error).code)
    // The workshop's own 409s (seats gone, already seated); anything else is said as what it was.
    failure = formFailureQuery(error, (f) => (f.status === 409 ? seatError(409, f.code) : null), "seat_error")
    console.error("[school] seat failed:", describe(error))
  }
  refreshEverything()
  if (outcome === "login") redirect(login(locale, back))
  if (outcome !== "ok") redirect(withQuery(back, { ...failure, workshop: workshopId }) + `#workshop-${workshopId}`)
  redirect(free ? withQuery(`/${locale}/account/courses`, { seat: "confirmed" }) + "#seats" : `/${locale}/cart`)
}

/** Lets a held seat (it leaves the cart) or a free seat go. */
export async function cancelWorkshopSeat(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/account/courses`
  if (!(await getAuthToken())) redirect(login(locale, page))
  const id = str(form, "seat_id", 100)
  let ok = false
  let failure: Record<string, string> = { error: "cancel" }
  try {
    if (id) {
      await medusa().client.fetch(`/store/workshop-seats/${encodeURIComponent(id)}/cancel`, {
        method: "POST",
        headers: await authHeaders(),
        body: {},
      })
      ok = true
    }
  } catch (error) {
    console.error("[school] seat cancel failed:", describe(error))
    // A seat that can no longer be let go (paid, already cancelled) keeps the page's own sentence.
    failure = formFailureQuery(error, (f) =>
      f.code === SkillSchoolErrors.SEAT_PAID || f.code === SkillSchoolErrors.SEAT_NOT_CANCELLABLE
        ? "not_cancellable"
        : null
    )
  }
  refreshEverything()
  redirect(withQuery(page, ok ? { seat: "cancelled" } : failure) + "#seats")
}

/** The verification form: a code as typed goes to its page, in the plugin's form. */
export async function findCertificate(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const typed = str(form, "code", 40)
  const code = normaliseCertificateCode(typed)
  if (!code) redirect(withQuery(`/${locale}/certificates`, { error: "code", code: typed }))
  redirect(`/${locale}/certificates/${code}`)
}
