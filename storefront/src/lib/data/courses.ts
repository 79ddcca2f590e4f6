import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getAuthToken } from "../cookies"
import {
  COURSE_PAGE_SIZE,
  coursesApiQuery,
  type Certificate,
  type Course,
  type CourseDetail,
  type CourseEnrolment,
  type CourseFilters,
  type Lesson,
  type MyEnrolment,
  type MySeat,
  type Workshop,
} from "../courses"
import { medusa } from "../medusa"
import { getProductById } from "./products"
import { nullIfNotFound, statusOf, unlessRefused } from "./errors"
import type {
  StoreCertificateResponse,
  StoreCourseListResponse,
  StoreCourseResponse,
  StoreEnrolmentListResponse,
  StoreLessonResponse,
  StoreSeatListResponse,
  StoreWorkshopListResponse,
} from "@dharavi/skill-school/contract"

/**
 * Skill School (the skill-school plugin): the catalogue, course pages, certificates and the workshop
 * schedule (publishable key only; a logged-in learner's token adds their enrolment), lesson content
 * (preview lessons for anyone, the rest for learners), and the customer's courses and seats (their token).
 */

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/")

export async function listCourses(filters: CourseFilters): Promise<{ courses: Course[]; count: number }> {
  const { courses, count } = await medusa().client.fetch<StoreCourseListResponse>("/store/courses", {
    query: coursesApiQuery(filters, COURSE_PAGE_SIZE),
  })
  return { courses: courses ?? [], count: count ?? 0 }
}

type CoursePage = { course: CourseDetail; enrolment: CourseEnrolment | null }

/** A published course by handle (or id) with the logged-in learner's enrolment; null when there is none. */
export const getCourse = cache(async (handle: string): Promise<CoursePage | null> => {
  const url = `/store/courses/${path(handle)}`
  const ask = (headers: Record<string, string>) =>
    nullIfNotFound(() => medusa().client.fetch<StoreCourseResponse>(url, { headers }))
  // An expired token: ask again as a guest.
  const found = await unlessRefused(async () => ask(await authHeaders()), "expired" as const)
  const page = found === "expired" ? await ask({}) : found
  return page?.course ? { course: page.course, enrolment: page.enrolment ?? null } : null
})

/** The Medusa product that sells a paid course, priced for the shopper's region (like product pages). */
export async function getCourseProduct(
  productId: string | null,
  regionId: string | undefined
): Promise<HttpTypes.StoreProduct | null> {
  if (!productId || !regionId) return null
  return getProductById(productId, regionId)
}

export type LessonAnswer = { lesson: Lesson } | { denied: "login" | "join" | "missing" }

/** A lesson's content: a preview lesson for anyone, the others for learners (401 → login, 403 → join). */
export async function getLesson(courseId: string, lessonId: string): Promise<LessonAnswer> {
  try {
    const { lesson } = await medusa().client.fetch<StoreLessonResponse>(
      `/store/courses/${path(courseId)}/lessons/${path(lessonId)}`,
      {
        headers: await authHeaders(),
      }
    )
    return lesson ? { lesson } : { denied: "missing" }
  } catch (error) {
    const status = statusOf(error)
    if (status === 401) return { denied: "login" }
    if (status === 403) return { denied: "join" }
    if (status === 404) return { denied: "missing" }
    throw error
  }
}

/** My courses, newest first; null for guests (or when the token is no longer good). */
export const listMyEnrolments = cache(async (): Promise<MyEnrolment[] | null> => {
  if (!(await getAuthToken())) return null
  const headers = await authHeaders()
  return unlessRefused(
    async () =>
      (await medusa().client.fetch<StoreEnrolmentListResponse>("/store/enrolments", { headers, query: { limit: 100 } }))
        .enrolments ?? [],
    null
  )
})

/** Anyone checks a certificate by its code; null when no certificate has it. */
export const getCertificate = cache(async (code: string): Promise<Certificate | null> => {
  const found = await nullIfNotFound(() =>
    medusa().client.fetch<StoreCertificateResponse>(`/store/certificates/${path(code)}`)
  )
  return found?.certificate ?? null
})

/** The workshop schedule, soonest first (optionally one course's, or in one language). */
export async function listWorkshops(
  filter: { course_id?: string; language?: string; limit?: number; offset?: number } = {}
): Promise<{ workshops: Workshop[]; count: number }> {
  const query: Record<string, string | number> = { limit: filter.limit ?? 20, offset: filter.offset ?? 0 }
  if (filter.course_id) query.course_id = filter.course_id
  if (filter.language) query.language = filter.language
  const { workshops, count } = await medusa().client.fetch<StoreWorkshopListResponse>("/store/workshops", { query })
  return { workshops: workshops ?? [], count: count ?? 0 }
}

/** My workshop seats (held and confirmed); null for guests. */
export const listMySeats = cache(async (): Promise<MySeat[] | null> => {
  if (!(await getAuthToken())) return null
  const headers = await authHeaders()
  return unlessRefused(
    async () =>
      (await medusa().client.fetch<StoreSeatListResponse>("/store/workshop-seats", { headers, query: { limit: 50 } }))
        .seats ?? [],
    null
  )
})
