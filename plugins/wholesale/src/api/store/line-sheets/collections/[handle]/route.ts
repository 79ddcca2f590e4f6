import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireApprovedBuyer } from "../../../../../lib/buyer"
import { sendLineSheet } from "../../../../line-sheets/respond"

/** A collection's line sheet, for buyers of approved companies (403 for anyone else). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireApprovedBuyer(req.scope, req.auth_context?.actor_id)
  await sendLineSheet(req, res, { subject: "collection", handle: req.params.handle })
}
