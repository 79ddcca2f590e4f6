import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courseView, sessionView } from "../../../lib/views"
import type { GetWorkshopsType } from "../../validators"
import { school } from "../../utils/school"

/** The workshop schedule: scheduled sessions of published courses from `from` (now) on, soonest first, with seats left. */
export async function GET(req: MedusaRequest<unknown, GetWorkshopsType>, res: MedusaResponse) {
  const { course_id, from, language } = req.validatedQuery
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const service = school(req.scope)
  const filters: Record<string, unknown> = { status: "scheduled", starts_at: { $gt: from && from > new Date() ? from : new Date() }, course: { status: "published" } }
  if (course_id) filters.course_id = course_id
  if (language) filters.language = language
  const [sessions, count] = await service.listAndCountWorkshopSessions(filters as any, { skip, take, order: { starts_at: "ASC" }, relations: ["course"] })
  const taken = await service.takenSeats(sessions.map((s) => s.id))
  res.json({
    workshops: sessions.map((s: any) => ({ ...sessionView(s, taken[s.id] ?? 0), course: courseView(s.course) })),
    count,
    offset: skip,
    limit: take,
  })
}
