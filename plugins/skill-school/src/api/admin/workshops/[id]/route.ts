import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSessionResponse } from "../../../../contract"
import { sessionView } from "../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../modules/skill-school"
import { updateSessionWorkflow } from "../../../../workflows"
import type { PostAdminSessionUpdateType } from "../../../validators"

/** Changes a session (seats never below those taken) or cancels it (`status: "cancelled"`). */
export async function POST(req: MedusaRequest<PostAdminSessionUpdateType>, res: MedusaResponse<AdminSessionResponse>) {
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  await service.retrieveWorkshopSession(req.params.id)
  const { result } = await updateSessionWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const taken = await service.takenSeats([result.id])
  res.json({ session: sessionView(result, taken[result.id] ?? 0, { admin: true }) })
}
