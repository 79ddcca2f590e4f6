import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SKILL_SCHOOL_MODULE } from "../../modules/skill-school"
import type SkillSchoolModuleService from "../../modules/skill-school/service"

type Row = Record<string, any>
const school = (container: { resolve: (k: string) => unknown }) => container.resolve(SKILL_SCHOOL_MODULE) as SkillSchoolModuleService

export type Price = { currency_code: string; amount: number }

/** The store's default sales channel: where course and workshop products are sold. */
export const defaultSalesChannelStep = createStep("skill-school-default-sales-channel", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  return new StepResponse(((data[0] as Row)?.default_sales_channel_id as string | null) ?? null)
})

/**
 * The Medusa product that sells a course or a workshop seat: one variant, no stock to keep and no
 * shipping profile, so its cart line needs no delivery.
 */
export function accessProduct(input: { title: string; handle: string; description?: string | null; thumbnail?: string | null; prices: Price[]; kind: "course" | "workshop"; sales_channel_id: string | null; variant_title: string }) {
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
export const checkCourseHandleStep = createStep("skill-school-check-course-handle", async (input: { handle: string; id?: string }, { container }) => {
  const [taken] = await school(container).listCourses({ handle: input.handle }, { select: ["id"] })
  if (taken && taken.id !== input.id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The handle "${input.handle}" is taken by another course`)
  return new StepResponse(true)
})

export const createCourseStep = createStep(
  "skill-school-create-course",
  async (input: Row, { container }) => {
    const course = await school(container).createCourses(input as any)
    return new StepResponse(course, course.id)
  },
  async (id, { container }) => {
    if (id) await school(container).deleteCourses(id)
  }
)

export const updateCourseStep = createStep(
  "skill-school-update-course",
  async (input: Row & { id: string }, { container }) => {
    const service = school(container)
    const before = await service.retrieveCourse(input.id)
    const after = await service.updateCourses(input as any)
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, (before as Row)[k]]))
    return new StepResponse(after, previous as Row & { id: string })
  },
  async (previous, { container }) => {
    if (previous) await school(container).updateCourses(previous as any)
  }
)

export const softDeleteCourseStep = createStep(
  "skill-school-delete-course",
  async (id: string, { container }) => {
    const course = await school(container).retrieveCourse(id)
    await school(container).softDeleteCourses(id)
    return new StepResponse(course, id)
  },
  async (id, { container }) => {
    if (id) await school(container).restoreCourses(id)
  }
)

export const createLessonStep = createStep(
  "skill-school-create-lesson",
  async (input: Row & { course_id: string }, { container }) => {
    const service = school(container)
    await service.retrieveCourse(input.course_id)
    // A new lesson goes last unless told where.
    const position =
      input.position ??
      (await service.listLessons({ course_id: input.course_id }, { select: ["position"] })).reduce((max, l) => Math.max(max, Number(l.position) + 1), 0)
    const lesson = await service.createLessons({ ...input, position, course_id: input.course_id } as any)
    return new StepResponse(lesson, lesson.id)
  },
  async (id, { container }) => {
    if (id) await school(container).deleteLessons(id)
  }
)

export const updateLessonStep = createStep(
  "skill-school-update-lesson",
  async (input: Row & { id: string; course_id: string }, { container }) => {
    const service = school(container)
    const { course_id, ...changes } = input
    const before = await service.retrieveLesson(input.id)
    if ((before as Row).course_id !== course_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lesson ${input.id} was not found`)
    const after = await service.updateLessons(changes as any)
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, (before as Row)[k]]))
    return new StepResponse(after, previous as Row & { id: string })
  },
  async (previous, { container }) => {
    if (previous) await school(container).updateLessons(previous as any)
  }
)

export const softDeleteLessonStep = createStep(
  "skill-school-delete-lesson",
  async (input: { id: string; course_id: string }, { container }) => {
    const lesson = await school(container).retrieveLesson(input.id)
    if ((lesson as Row).course_id !== input.course_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Lesson ${input.id} was not found`)
    await school(container).softDeleteLessons(input.id)
    return new StepResponse(lesson, input.id)
  },
  async (id, { container }) => {
    if (id) await school(container).restoreLessons(id)
  }
)

/** Puts a course's lessons in the order of `ids` (every lesson of the course, once). */
export const reorderLessonsStep = createStep(
  "skill-school-reorder-lessons",
  async (input: { course_id: string; ids: string[] }, { container }) => {
    const service = school(container)
    const lessons = await service.listLessons({ course_id: input.course_id }, { select: ["id", "position"] })
    const known = new Set(lessons.map((l) => l.id))
    if (input.ids.length !== lessons.length || new Set(input.ids).size !== input.ids.length || input.ids.some((id) => !known.has(id))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "List every lesson of the course exactly once, in the new order")
    }
    await service.updateLessons(input.ids.map((id, position) => ({ id, position })))
    return new StepResponse(true, lessons.map((l) => ({ id: l.id, position: l.position })))
  },
  async (previous, { container }) => {
    if (previous?.length) await school(container).updateLessons(previous as any)
  }
)

export const createSessionStep = createStep(
  "skill-school-create-session",
  async (input: Row & { course_id: string }, { container }) => {
    const session = await school(container).createWorkshopSessions(input as any)
    return new StepResponse(session, session.id)
  },
  async (id, { container }) => {
    if (id) await school(container).deleteWorkshopSessions(id)
  }
)

/** Changes a session; its seats cannot drop below those already taken (counted under the session's row lock). */
export const updateSessionStep = createStep(
  "skill-school-update-session",
  async (input: Row & { id: string }, { container }) => {
    const { before, after } = await school(container).updateSessionLocked(input)
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, before[k]]))
    return new StepResponse(after, previous as Row & { id: string })
  },
  async (previous, { container }) => {
    if (previous) await school(container).updateWorkshopSessions(previous as any)
  }
)
