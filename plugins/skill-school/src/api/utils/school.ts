import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SKILL_SCHOOL_MODULE } from "../../modules/skill-school"
import type SkillSchoolModuleService from "../../modules/skill-school/service"

type Row = Record<string, any>

export const school = (scope: MedusaContainer) => scope.resolve(SKILL_SCHOOL_MODULE) as SkillSchoolModuleService

export const byPosition = (a: Row, b: Row) => Number(a.position) - Number(b.position) || String(a.id).localeCompare(String(b.id))

/** A published course by id or handle, with its lessons; anything else is 404 to shoppers. */
export async function publishedCourse(scope: MedusaContainer, idOrHandle: string) {
  const [course] = await school(scope).listCourses({ $or: [{ id: idOrHandle }, { handle: idOrHandle }], status: "published" } as any, { relations: ["lessons"] })
  if (!course) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Course ${idOrHandle} was not found`)
  return course as Row
}

export async function courseOr404(scope: MedusaContainer, id: string, relations: string[] = []) {
  const [course] = await school(scope).listCourses({ id }, { relations })
  if (!course) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Course ${id} was not found`)
  return course as Row
}

/** Lessons done per enrolment, and each course's lesson count. */
export async function progressOf(scope: MedusaContainer, enrolments: Row[]) {
  if (!enrolments.length) return new Map<string, { done: number; total: number }>()
  const service = school(scope)
  const courseIds = [...new Set(enrolments.map((e) => e.course_id ?? e.course?.id))]
  const lessons = await service.listLessons({ course_id: courseIds }, { select: ["id", "course_id"] })
  const progress = await service.listLessonProgresses({ enrolment_id: enrolments.map((e) => e.id) } as any, { select: ["enrolment_id", "lesson_id"] })
  const live = new Set(lessons.map((l: Row) => l.id))
  return new Map(
    enrolments.map((e) => {
      const courseId = e.course_id ?? e.course?.id
      return [
        e.id as string,
        {
          done: progress.filter((p: Row) => p.enrolment_id === e.id && live.has(p.lesson_id)).length,
          total: lessons.filter((l: Row) => l.course_id === courseId).length,
        },
      ]
    })
  )
}

/**
 * May this caller read a lesson's content? Preview lessons: anyone. Others: a customer enrolled in
 * the course. Answers 401 to a visitor and 403 to a customer who has not joined.
 */
export async function assertLessonAccess(scope: MedusaContainer, lesson: Row, courseId: string, customerId?: string) {
  if (lesson.is_preview) return
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to open this lesson")
  const [enrolment] = await school(scope).listEnrolments({ course_id: courseId, customer_id: customerId }, { select: ["id"] })
  if (!enrolment) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Join this course to open this lesson")
}

export async function lessonOf(scope: MedusaContainer, courseId: string, lessonId: string) {
  const [lesson] = await school(scope).listLessons({ id: lessonId, course_id: courseId })
  if (!lesson) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lesson ${lessonId} was not found`)
  return lesson as Row
}

/** 409 answers the shopper can act on (Medusa replaces conflict messages with a generic one). */
export const seatConflictBody = (kind: "seats_gone" | "already_seated") =>
  kind === "seats_gone"
    ? { type: "seats_gone", message: "The last seats of this workshop were just taken. Choose another date." }
    : { type: "already_seated", message: "You already have a seat at this workshop." }
