import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courseView } from "../../../lib/views"
import { createCourseWorkflow } from "../../../workflows"
import type { GetCoursesType, PostAdminCourseType } from "../../validators"
import { school } from "../../utils/school"

/** Every course (drafts too), newest first, with the catalogue's filters. */
export async function GET(req: MedusaRequest<unknown, GetCoursesType>, res: MedusaResponse) {
  const { craft, level, free, q, status } = req.validatedQuery
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (craft) filters.craft = craft
  if (level) filters.level = level
  if (free !== undefined) filters.is_free = free
  if (q) filters.$or = [{ title: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }, { teacher_name: { $ilike: `%${q}%` } }]
  const [courses, count] = await school(req.scope).listAndCountCourses(filters as any, { skip, take, order: { created_at: "DESC" }, relations: ["lessons"] })
  res.json({ courses: courses.map(courseView), count, offset: skip, limit: take })
}

/** A new course; a paid one gets its Medusa product priced in the currencies given. */
export async function POST(req: MedusaRequest<PostAdminCourseType>, res: MedusaResponse) {
  const { prices, ...course } = req.validatedBody
  const { result } = await createCourseWorkflow(req.scope).run({ input: { course, prices } })
  res.status(201).json({ course: courseView(result) })
}
