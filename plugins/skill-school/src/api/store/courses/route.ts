import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCourseListResponse } from "../../../contract"
import { courseView } from "../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../modules/skill-school"
import type { GetCoursesType } from "../../validators"

/** The course catalogue: published courses, filtered by craft, language, level and free, newest first. */
export async function GET(req: MedusaRequest<unknown, GetCoursesType>, res: MedusaResponse<StoreCourseListResponse>) {
  const { craft, language, level, free, q } = req.validatedQuery
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const [courses, count] = await req.scope.resolve(SKILL_SCHOOL_MODULE).listAndCountCourses(
    {
      status: "published",
      ...(craft ? { craft } : {}),
      ...(level ? { level } : {}),
      ...(free !== undefined ? { is_free: free } : {}),
      ...(language ? { languages: { $contains: [language] } } : {}),
      ...(q
        ? {
            $or: [
              { title: { $ilike: `%${q}%` } },
              { summary: { $ilike: `%${q}%` } },
              { teacher_name: { $ilike: `%${q}%` } },
            ],
          }
        : {}),
    },
    { skip, take, order: { created_at: "DESC" }, relations: ["lessons"] }
  )
  res.json({ courses: courses.map(courseView), count, offset: skip, limit: take })
}
