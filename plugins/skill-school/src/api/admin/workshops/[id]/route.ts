import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sessionView } from "../../../../lib/views"
import { updateSessionWorkflow } from "../../../../workflows"
import type { PostAdminSessionUpdateType } from "../../../validators"
import { school } from "../../../utils/school"

/** Changes a session (seats never below those taken) or cancels it (`status: "cancelled"`). */
export async function POST(req: MedusaRequest<PostAdminSessionUpdateType>, res: MedusaResponse) {
  const service = school(req.scope)
  await service.retrieveWorkshopSession(req.params.id)
  const { result } = await updateSessionWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const taken = await service.takenSeats([result.id])
  res.json({ session: sessionView(result, taken[result.id] ?? 0, { admin: true }) })
}
