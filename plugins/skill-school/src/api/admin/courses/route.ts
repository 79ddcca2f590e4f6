import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCourseListResponse, AdminCourseResponse } from "../../../contract"
import { courseView } from "../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../modules/skill-school"
import { createCourseWorkflow } from "../../../workflows"
import type { GetCoursesType, PostAdminCourseType } from "../../validators"

/** Every course (drafts too), newest first, with the catalogue's filters. */
export async function GET(req: MedusaRequest<unknown, GetCoursesType>, res: MedusaResponse<AdminCourseListResponse>) {
  const { craft, level, free, q, status } = req.validatedQuery
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const [courses, count] = await req.scope.resolve(SKILL_SCHOOL_MODULE).listAndCountCourses(
    {
      ...(status ? { status } : {}),
      ...(craft ? { craft } : {}),
      ...(level ? { level } : {}),
      ...(free !== undefined ? { is_free: free } : {}),
      ...(q
        ? {
            $or: [
              { title: { $ilike: `%${q}%` } },
              { handle: { $ilike: `%${q}%` } },
              { teacher_name: { $ilike: `%${q}%` } },
            ],
          }
        : {}),
    },
    { skip, take, order: { created_at: "DESC" }, relations: ["lessons"] }
  )
  res.json({ courses: courses.map(courseView), count, offset: skip, limit: take })
}

/** A new course; a paid one gets its Medusa product priced in the currencies given. */
export async function POST(req: MedusaRequest<PostAdminCourseType>, res: MedusaResponse<AdminCourseResponse>) {
  const { prices, ...course } = req.validatedBody
  const { result } = await createCourseWorkflow(req.scope).run({ input: { course, prices } })
  res.status(201).json({ course: courseView(result) })
}
