import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSessionListResponse, AdminSessionResponse } from "../../../../../contract"
import { sessionView } from "../../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../../modules/skill-school"
import { createSessionWorkflow } from "../../../../../workflows"
import type { PostAdminSessionType } from "../../../../validators"
import { courseOr404 } from "../../../../utils/school"

/** A course's workshop sessions, soonest first, with seats taken. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminSessionListResponse>) {
  await courseOr404(req.scope, req.params.id)
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const sessions = await service.listWorkshopSessions({ course_id: req.params.id }, { order: { starts_at: "ASC" } })
  const taken = await service.takenSeats(sessions.map((s) => s.id))
  res.json({ sessions: sessions.map((s) => sessionView(s, taken[s.id] ?? 0, { admin: true })) })
}

/** A new session; with prices, its seats are sold through a product of their own. */
export async function POST(req: MedusaRequest<PostAdminSessionType>, res: MedusaResponse<AdminSessionResponse>) {
  const course = await courseOr404(req.scope, req.params.id)
  const { prices, ...session } = req.validatedBody
  const { result } = await createSessionWorkflow(req.scope).run({
    input: {
      session: { ...session, course_id: course.id },
      course: { title: course.title, handle: course.handle },
      prices,
    },
  })
  res.status(201).json({ session: sessionView(result, 0, { admin: true }) })
}
