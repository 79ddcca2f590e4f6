import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { forbidden, notFound } from "@dharavi/errors"
import { SkillSchoolErrors } from "../../contract"
import { SKILL_SCHOOL_MODULE } from "../../modules/skill-school"

export const byPosition = (a: { position: number; id: string }, b: { position: number; id: string }) =>
  Number(a.position) - Number(b.position) || String(a.id).localeCompare(String(b.id))

/** A published course by id or handle, with its lessons; anything else is 404 to shoppers. */
export async function publishedCourse(scope: MedusaContainer, idOrHandle: string) {
  const [course] = await scope
    .resolve(SKILL_SCHOOL_MODULE)
    .listCourses({ $or: [{ id: idOrHandle }, { handle: idOrHandle }], status: "published" }, { relations: ["lessons"] })
  if (!course)
    throw notFound(SkillSchoolErrors.COURSE_NOT_FOUND, `Course ${idOrHandle} was not found`, { course: idOrHandle })
  return course
}

export async function courseOr404(scope: MedusaContainer, id: string, relations: ("lessons" | "sessions")[] = []) {
  const [course] = await scope.resolve(SKILL_SCHOOL_MODULE).listCourses({ id }, { relations })
  if (!course) throw notFound(SkillSchoolErrors.COURSE_NOT_FOUND, `Course ${id} was not found`, { course: id })
  return course
}

/** Lessons done per enrolment, and each course's lesson count. */
export async function progressOf(
  scope: MedusaContainer,
  enrolments: { id: string; course_id?: string; course?: { id: string } | null }[]
) {
  if (!enrolments.length) return new Map<string, { done: number; total: number }>()
  const service = scope.resolve(SKILL_SCHOOL_MODULE)
  const courseOf = (e: (typeof enrolments)[number]) => (e.course_id ?? e.course?.id) as string
  const courseIds = [...new Set(enrolments.map(courseOf))]
  const lessons = await service.listLessons({ course_id: courseIds }, { select: ["id", "course_id"] })
  const progress = await service.listLessonProgresses(
    { enrolment_id: enrolments.map((e) => e.id) },
    { select: ["enrolment_id", "lesson_id"] }
  )
  const live = new Set(lessons.map((l) => l.id))
  return new Map(
    enrolments.map((e) => [
      e.id,
      {
        done: progress.filter((p) => p.enrolment_id === e.id && live.has(p.lesson_id)).length,
        total: lessons.filter((l) => l.course_id === courseOf(e)).length,
      },
    ])
  )
}

/**
 * May this caller read a lesson's content? Preview lessons: anyone. Others: a customer enrolled in
 * the course. Answers 401 to a visitor and 403 to a customer who has not joined.
 */
export async function assertLessonAccess(
  scope: MedusaContainer,
  lesson: { id: string; is_preview?: boolean | null },
  courseId: string,
  customerId?: string
) {
  if (lesson.is_preview) return
  // A visitor is Medusa's own 401 (log in), not a rule of the plugin.
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in to open this lesson")
  const [enrolment] = await scope
    .resolve(SKILL_SCHOOL_MODULE)
    .listEnrolments({ course_id: courseId, customer_id: customerId }, { select: ["id"] })
  if (!enrolment)
    throw forbidden(SkillSchoolErrors.LESSON_LOCKED, "Join this course to open this lesson", {
      course_id: courseId,
      lesson_id: lesson.id,
    })
}

export async function lessonOf(scope: MedusaContainer, courseId: string, lessonId: string) {
  const [lesson] = await scope.resolve(SKILL_SCHOOL_MODULE).listLessons({ id: lessonId, course_id: courseId })
  if (!lesson)
    throw notFound(SkillSchoolErrors.LESSON_NOT_FOUND, `Lesson ${lessonId} was not found`, {
      course_id: courseId,
      lesson_id: lessonId,
    })
  return lesson
}
