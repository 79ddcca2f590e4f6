import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { invalid, notFound } from "@dharavi/errors"
import { SkillSchoolErrors } from "../../contract"
import type { LessonFile } from "../../lib/views"
import { SKILL_SCHOOL_MODULE, type SkillSchoolModuleService } from "../../modules/skill-school"
import type { SessionChanges } from "../../modules/skill-school/service"

export type Price = { currency_code: string; amount: number }

/** A price above zero (MathBN: a price is money, compared without floats). */
export const isPaid = (p: Price) => MathBN.gt(MathBN.convert(p.amount, 2), 0)

/** What the module's generated create/update methods take for a model. */
// (Parameters<> reads the last overload, the one taking a list: its element is the DTO.)
type CreateOf<K extends "createCourses" | "createLessons" | "createWorkshopSessions"> = Parameters<
  SkillSchoolModuleService[K]
>[0][number]
type UpdateOf<K extends "updateCourses" | "updateLessons"> = Exclude<
  Extract<Parameters<SkillSchoolModuleService[K]>[0], unknown[]>[number],
  { selector: unknown }
>

/**
 * A course's fields as written: the admin route's body (checked by its zod schema) or the seed's
 * data, so the enum fields arrive as plain strings; the module checks them.
 */
export type CourseInput = {
  handle: string
  title: string
  is_free?: boolean
  summary?: string | null
  thumbnail?: string | null
} & Record<string, unknown>
export type LessonInput = { course_id: string; position?: number; files?: LessonFile[] } & Record<string, unknown>
export type SessionInput = { course_id: string; starts_at: Date } & Record<string, unknown>

/** The store's default sales channel: where course and workshop products are sold. */
export const defaultSalesChannelStep = createStep(
  "skill-school-default-sales-channel",
  async (_: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    return new StepResponse(
      (data[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id ?? null
    )
  }
)

/**
 * The Medusa product that sells a course or a workshop seat: one variant, no stock to keep and no
 * shipping profile, so its cart line needs no delivery.
 */
export function accessProduct(input: {
  title: string
  handle: string
  description?: string | null
  thumbnail?: string | null
  prices: Price[]
  kind: "course" | "workshop"
  sales_channel_id: string | null
  variant_title: string
}) {
  return {
    title: input.title,
    handle: input.handle,
    description: input.description ?? undefined,
    thumbnail: input.thumbnail ?? undefined,
    status: "published" as const,
    is_giftcard: false,
    discountable: true,
    metadata: { skill_school: input.kind },
    options: [{ title: "Access", values: [input.variant_title] }],
    variants: [
      {
        title: input.variant_title,
        options: { Access: input.variant_title },
        manage_inventory: false,
        prices: input.prices.map((p) => ({ currency_code: p.currency_code.toLowerCase(), amount: p.amount })),
      },
    ],
    sales_channels: input.sales_channel_id ? [{ id: input.sales_channel_id }] : [],
  }
}

/** A handle must be free: a clear 400 rather than a unique-index error. */
export const checkCourseHandleStep = createStep(
  "skill-school-check-course-handle",
  async (input: { handle: string; id?: string }, { container }) => {
    const [taken] = await container
      .resolve(SKILL_SCHOOL_MODULE)
      .listCourses({ handle: input.handle }, { select: ["id"] })
    if (taken && taken.id !== input.id) {
      throw invalid(SkillSchoolErrors.COURSE_HANDLE_TAKEN, `The handle "${input.handle}" is taken by another course`, {
        field: "handle",
        handle: input.handle,
      })
    }
    return new StepResponse(true)
  }
)

export const createCourseStep = createStep(
  "skill-school-create-course",
  async (input: CourseInput & { product_id: string | null }, { container }) => {
    const course = await container.resolve(SKILL_SCHOOL_MODULE).createCourses(input as CreateOf<"createCourses">)
    return new StepResponse(course, course.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SKILL_SCHOOL_MODULE).deleteCourses(id)
  }
)

export const updateCourseStep = createStep(
  "skill-school-update-course",
  async (input: Record<string, unknown> & { id: string }, { container }) => {
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    const before = await service.retrieveCourse(input.id)
    const after = await service.updateCourses(input as UpdateOf<"updateCourses">)
    const previous = Object.fromEntries(
      Object.keys(input).map((k) => [k, before[k as keyof typeof before]])
    ) as UpdateOf<"updateCourses">
    return new StepResponse(after, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(SKILL_SCHOOL_MODULE).updateCourses(previous)
  }
)

export const softDeleteCourseStep = createStep(
  "skill-school-delete-course",
  async (id: string, { container }) => {
    const course = await container.resolve(SKILL_SCHOOL_MODULE).retrieveCourse(id)
    await container.resolve(SKILL_SCHOOL_MODULE).softDeleteCourses(id)
    return new StepResponse(course, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SKILL_SCHOOL_MODULE).restoreCourses(id)
  }
)

export const createLessonStep = createStep(
  "skill-school-create-lesson",
  async (input: LessonInput, { container }) => {
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    await service.retrieveCourse(input.course_id)
    // A new lesson goes last unless told where.
    const position =
      input.position ??
      (await service.listLessons({ course_id: input.course_id }, { select: ["position"] })).reduce(
        (max, l) => Math.max(max, Number(l.position) + 1),
        0
      )
    const lesson = await service.createLessons({
      ...input,
      position,
      course_id: input.course_id,
    } as CreateOf<"createLessons">)
    return new StepResponse(lesson, lesson.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SKILL_SCHOOL_MODULE).deleteLessons(id)
  }
)

export const updateLessonStep = createStep(
  "skill-school-update-lesson",
  async (input: Record<string, unknown> & { id: string; course_id: string; files?: LessonFile[] }, { container }) => {
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    const { course_id, ...changes } = input
    const before = await service.retrieveLesson(input.id)
    if (before.course_id !== course_id)
      throw notFound(SkillSchoolErrors.LESSON_NOT_FOUND, `Lesson ${input.id} was not found`, {
        course_id,
        lesson_id: input.id,
      })
    const after = await service.updateLessons(changes as UpdateOf<"updateLessons">)
    const previous = Object.fromEntries(
      Object.keys(changes).map((k) => [k, before[k as keyof typeof before]])
    ) as UpdateOf<"updateLessons">
    return new StepResponse(after, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(SKILL_SCHOOL_MODULE).updateLessons(previous)
  }
)

export const softDeleteLessonStep = createStep(
  "skill-school-delete-lesson",
  async (input: { id: string; course_id: string }, { container }) => {
    const lesson = await container.resolve(SKILL_SCHOOL_MODULE).retrieveLesson(input.id)
    if (lesson.course_id !== input.course_id)
      throw notFound(SkillSchoolErrors.LESSON_NOT_FOUND, `Lesson ${input.id} was not found`, {
        course_id: input.course_id,
        lesson_id: input.id,
      })
    await container.resolve(SKILL_SCHOOL_MODULE).softDeleteLessons(input.id)
    return new StepResponse(lesson, input.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SKILL_SCHOOL_MODULE).restoreLessons(id)
  }
)

/** Puts a course's lessons in the order of `ids` (every lesson of the course, once). */
export const reorderLessonsStep = createStep(
  "skill-school-reorder-lessons",
  async (input: { course_id: string; ids: string[] }, { container }) => {
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    const lessons = await service.listLessons({ course_id: input.course_id }, { select: ["id", "position"] })
    const known = new Set(lessons.map((l) => l.id))
    if (
      input.ids.length !== lessons.length ||
      new Set(input.ids).size !== input.ids.length ||
      input.ids.some((id) => !known.has(id))
    ) {
      throw invalid(
        SkillSchoolErrors.LESSON_ORDER_INVALID,
        "List every lesson of the course exactly once, in the new order",
        { field: "ids", course_id: input.course_id }
      )
    }
    await service.updateLessons(input.ids.map((id, position) => ({ id, position })))
    return new StepResponse(
      true,
      lessons.map((l) => ({ id: l.id, position: l.position }))
    )
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve(SKILL_SCHOOL_MODULE).updateLessons(previous)
  }
)

export const createSessionStep = createStep(
  "skill-school-create-session",
  async (input: SessionInput & { variant_id: string | null }, { container }) => {
    const session = await container
      .resolve(SKILL_SCHOOL_MODULE)
      .createWorkshopSessions(input as CreateOf<"createWorkshopSessions">)
    return new StepResponse(session, session.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SKILL_SCHOOL_MODULE).deleteWorkshopSessions(id)
  }
)

/** Changes a session; its seats cannot drop below those already taken (counted under the session's row lock). */
export const updateSessionStep = createStep(
  "skill-school-update-session",
  async (input: SessionChanges, { container }) => {
    const { before, after } = await container.resolve(SKILL_SCHOOL_MODULE).updateSessionLocked(input)
    const previous = Object.fromEntries(
      Object.keys(input).map((k) => [k, before[k as keyof typeof before]])
    ) as SessionChanges
    return new StepResponse(after, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(SKILL_SCHOOL_MODULE).updateWorkshopSessions(previous)
  }
)
