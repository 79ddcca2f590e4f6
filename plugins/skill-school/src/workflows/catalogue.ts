import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  deleteFilesWorkflow,
  emitEventStep,
  updateProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { SkillSchoolEvents } from "../contract"
import type { LessonFile } from "../lib/views"
import type { SessionChanges } from "../modules/skill-school/service"
import {
  type CourseInput,
  type LessonInput,
  type Price,
  type SessionInput,
  isPaid,
  accessProduct,
  checkCourseHandleStep,
  createCourseStep,
  createLessonStep,
  createSessionStep,
  defaultSalesChannelStep,
  reorderLessonsStep,
  softDeleteCourseStep,
  softDeleteLessonStep,
  updateCourseStep,
  updateLessonStep,
  updateSessionStep,
} from "./steps/catalogue-steps"

/**
 * A new course. A paid one gets its Medusa product (one "Lifetime access" variant priced in each
 * currency given), so carts, price lists and promotions treat it like any product; a free one has
 * none. The product comes back out by compensation if the course cannot be written.
 */
export const createCourseWorkflow = createWorkflow(
  "skill-school-create-course",
  (input: { course: CourseInput; prices: Price[] }) => {
    checkCourseHandleStep(transform({ input }, ({ input }) => ({ handle: input.course.handle })))
    const product = when("course-is-paid", { input }, ({ input }) => !input.course.is_free).then(() => {
      const channel = defaultSalesChannelStep()
      const created = createProductsWorkflow.runAsStep({
        input: transform({ input, channel }, ({ input, channel }) => ({
          products: [
            accessProduct({
              title: input.course.title,
              handle: `course-${input.course.handle}`,
              description: input.course.summary,
              thumbnail: input.course.thumbnail,
              prices: input.prices,
              kind: "course",
              sales_channel_id: channel,
              variant_title: "Lifetime access",
            }),
          ],
        })),
      })
      return transform({ created }, ({ created }) => created[0].id)
    })
    const course = createCourseStep(
      transform({ input, product }, ({ input, product }) => ({ ...input.course, product_id: product ?? null }))
    )
    emitEventStep({
      eventName: SkillSchoolEvents.COURSE_CREATED,
      data: transform({ course }, ({ course }) => ({ id: course.id })),
    }).config({ name: "emit-course-created" })
    return new WorkflowResponse(course)
  }
)

export const updateCourseWorkflow = createWorkflow(
  "skill-school-update-course",
  (input: { id: string; changes: Record<string, unknown> & { handle?: string } }) => {
    when("handle-changes", { input }, ({ input }) => Boolean(input.changes.handle)).then(() => {
      checkCourseHandleStep(
        transform({ input }, ({ input }) => ({ handle: input.changes.handle as string, id: input.id }))
      )
    })
    const course = updateCourseStep(transform({ input }, ({ input }) => ({ ...input.changes, id: input.id })))
    emitEventStep({
      eventName: SkillSchoolEvents.COURSE_UPDATED,
      data: transform({ course }, ({ course }) => ({ id: course.id })),
    }).config({ name: "emit-course-updated" })
    return new WorkflowResponse(course)
  }
)

/** Retires a course: it leaves the catalogue and its product goes back to draft, so nobody can buy it. Enrolled learners keep their certificates. */
export const deleteCourseWorkflow = createWorkflow("skill-school-delete-course", (input: { id: string }) => {
  const course = softDeleteCourseStep(input.id)
  when("course-has-product", { course }, ({ course }) => Boolean(course.product_id)).then(() => {
    updateProductsWorkflow.runAsStep({
      input: transform({ course }, ({ course }) => ({
        selector: { id: course.product_id as string },
        update: { status: "draft" as const },
      })),
    })
  })
  emitEventStep({
    eventName: SkillSchoolEvents.COURSE_DELETED,
    data: transform({ input }, ({ input }) => ({ id: input.id })),
  }).config({ name: "emit-course-deleted" })
  return new WorkflowResponse(course)
})

export const createLessonWorkflow = createWorkflow("skill-school-create-lesson", (input: LessonInput) => {
  const lesson = createLessonStep(input)
  emitEventStep({
    eventName: SkillSchoolEvents.LESSON_CREATED,
    data: transform({ lesson }, ({ lesson }) => ({ id: lesson.id, course_id: input.course_id })),
  }).config({ name: "emit-lesson-created" })
  return new WorkflowResponse(lesson)
})

export const updateLessonWorkflow = createWorkflow(
  "skill-school-update-lesson",
  (input: Record<string, unknown> & { id: string; course_id: string }) => {
    const lesson = updateLessonStep(input)
    emitEventStep({
      eventName: SkillSchoolEvents.LESSON_UPDATED,
      data: transform({ lesson }, ({ lesson }) => ({ id: lesson.id })),
    }).config({ name: "emit-lesson-updated" })
    return new WorkflowResponse(lesson)
  }
)

export const deleteLessonWorkflow = createWorkflow(
  "skill-school-delete-lesson",
  (input: { id: string; course_id: string }) => {
    const lesson = softDeleteLessonStep(input)
    emitEventStep({
      eventName: SkillSchoolEvents.LESSON_DELETED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    }).config({ name: "emit-lesson-deleted" })
    return new WorkflowResponse(lesson)
  }
)

export const reorderLessonsWorkflow = createWorkflow(
  "skill-school-reorder-lessons",
  (input: { course_id: string; ids: string[] }) => {
    reorderLessonsStep(input)
    emitEventStep({
      eventName: SkillSchoolEvents.COURSE_UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.course_id })),
    }).config({ name: "emit-course-updated" })
    return new WorkflowResponse(input.ids)
  }
)

/**
 * Adds a file to a lesson: stored by Medusa's file module as a *private* file (never served from a
 * public URL); only its key is kept, and learners download it through the authorised route. If the
 * lesson cannot be updated, the file is deleted again. The caller has checked the bytes (the route
 * uses @dharavi/uploads): `stored_name` is the random name to store under, `name` what learners see.
 */
export const addLessonFileWorkflow = createWorkflow(
  "skill-school-add-lesson-file",
  (input: {
    course_id: string
    lesson_id: string
    file: { name: string; stored_name: string; mime_type: string; content_base64: string; size: number }
    files_before: LessonFile[]
  }) => {
    const uploaded = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: input.file.stored_name,
            mimeType: input.file.mime_type,
            content: input.file.content_base64,
            access: "private" as const,
          },
        ],
      })),
    })
    const lesson = updateLessonStep(
      transform({ input, uploaded }, ({ input, uploaded }) => ({
        id: input.lesson_id,
        course_id: input.course_id,
        files: [
          ...input.files_before,
          { key: uploaded[0].id, name: input.file.name, mime_type: input.file.mime_type, size: input.file.size },
        ],
      }))
    )
    return new WorkflowResponse(lesson)
  }
)

/** Takes a file off a lesson and deletes it from the file module. */
export const removeLessonFileWorkflow = createWorkflow(
  "skill-school-remove-lesson-file",
  (input: { course_id: string; lesson_id: string; files_before: LessonFile[]; index: number }) => {
    const lesson = updateLessonStep(
      transform({ input }, ({ input }) => ({
        id: input.lesson_id,
        course_id: input.course_id,
        files: input.files_before.filter((_, i) => i !== input.index),
      }))
    )
    deleteFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ ids: [input.files_before[input.index].key] })),
    })
    return new WorkflowResponse(lesson)
  }
)

/**
 * A dated workshop session of a course. A paid one gets a product whose one variant prices a seat
 * (it is added to carts only through a seat hold, see holdSeatWorkflow).
 */
export const createSessionWorkflow = createWorkflow(
  "skill-school-create-session",
  (input: { session: SessionInput; course: { title: string; handle: string }; prices: Price[] }) => {
    const variantId = when("session-is-paid", { input }, ({ input }) => input.prices.some(isPaid)).then(() => {
      const channel = defaultSalesChannelStep()
      const created = createProductsWorkflow.runAsStep({
        input: transform({ input, channel }, ({ input, channel }) => {
          const day = new Date(input.session.starts_at).toISOString().slice(0, 10)
          return {
            products: [
              accessProduct({
                title: `Workshop: ${input.course.title} (${day})`,
                handle: `workshop-${input.course.handle}-${day}-${Math.random().toString(36).slice(2, 6)}`,
                prices: input.prices,
                kind: "workshop",
                sales_channel_id: channel,
                variant_title: "One seat",
              }),
            ],
          }
        }),
      })
      return transform({ created }, ({ created }) => created[0].variants[0].id)
    })
    const session = createSessionStep(
      transform({ input, variantId }, ({ input, variantId }) => ({ ...input.session, variant_id: variantId ?? null }))
    )
    emitEventStep({
      eventName: SkillSchoolEvents.WORKSHOP_SESSION_CREATED,
      data: transform({ session }, ({ session }) => ({ id: session.id })),
    }).config({ name: "emit-workshop-session-created" })
    return new WorkflowResponse(session)
  }
)

export const updateSessionWorkflow = createWorkflow("skill-school-update-session", (input: SessionChanges) => {
  const session = updateSessionStep(input)
  emitEventStep({
    eventName: SkillSchoolEvents.WORKSHOP_SESSION_UPDATED,
    data: transform({ session }, ({ session }) => ({ id: session.id, status: session.status })),
  }).config({ name: "emit-workshop-session-updated" })
  return new WorkflowResponse(session)
})
