import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courseView } from "../../../lib/views"
import type { GetCoursesType } from "../../validators"
import { school } from "../../utils/school"

/** The course catalogue: published courses, filtered by craft, language, level and free, newest first. */
export async function GET(req: MedusaRequest<unknown, GetCoursesType>, res: MedusaResponse) {
  const { craft, language, level, free, q } = req.validatedQuery
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const filters: Record<string, unknown> = { status: "published" }
  if (craft) filters.craft = craft
  if (level) filters.level = level
  if (free !== undefined) filters.is_free = free
  if (language) filters.languages = { $contains: [language] }
  if (q) filters.$or = [{ title: { $ilike: `%${q}%` } }, { summary: { $ilike: `%${q}%` } }, { teacher_name: { $ilike: `%${q}%` } }]
  const [courses, count] = await school(req.scope).listAndCountCourses(filters as any, { skip, take, order: { created_at: "DESC" }, relations: ["lessons"] })
  res.json({ courses: courses.map(courseView), count, offset: skip, limit: take })
}
