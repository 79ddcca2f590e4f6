import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreOwnKarigarResponse } from "../../../../contract"
import { ownKarigar } from "../../../../lib/jobs"
import { upsertKarigarProfileWorkflow } from "../../../../workflows"
import { findKarigar } from "../../../utils/actors"
import type { PostKarigarProfileType } from "../../../validators"

/** The logged-in customer's karigar profile (with their own contact details), or null. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreOwnKarigarResponse>) {
  const karigar = await findKarigar(req)
  res.json({ karigar: karigar ? ownKarigar(karigar) : null })
}

/** Creates the profile (name, area and skills required) or updates the fields given. */
export async function POST(
  req: AuthenticatedMedusaRequest<PostKarigarProfileType>,
  res: MedusaResponse<StoreOwnKarigarResponse>
) {
  const existed = Boolean(await findKarigar(req))
  const { result } = await upsertKarigarProfileWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, data: req.validatedBody },
  })
  res.status(existed ? 200 : 201).json({ karigar: ownKarigar(result) })
}
