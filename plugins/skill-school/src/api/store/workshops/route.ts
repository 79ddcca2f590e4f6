import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreWorkshopListResponse } from "../../../contract"
import { courseView, sessionView } from "../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../modules/skill-school"
import type { GetWorkshopsType } from "../../validators"

/** The workshop schedule: scheduled sessions of published courses from `from` (now) on, soonest first, with seats left. */
export async function GET(
  req: MedusaRequest<unknown, GetWorkshopsType>,
  res: MedusaResponse<StoreWorkshopListResponse>
) {
  const { course_id, from, language } = req.validatedQuery
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const [sessions, count] = await service.listAndCountWorkshopSessions(
    {
      status: "scheduled",
      starts_at: { $gt: from && from > new Date() ? from : new Date() },
      course: { status: "published" },
      ...(course_id ? { course_id } : {}),
      ...(language ? { language } : {}),
    },
    { skip, take, order: { starts_at: "ASC" }, relations: ["course"] }
  )
  const taken = await service.takenSeats(sessions.map((s) => s.id))
  res.json({
    workshops: sessions.map((s) => ({ ...sessionView(s, taken[s.id] ?? 0), course: courseView(s.course) })),
    count,
    offset: skip,
    limit: take,
  })
}
