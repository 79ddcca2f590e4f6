import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { jobsService, publicKarigar } from "../../../../../lib/jobs"

/** A karigar's public profile: skills, experience, area, availability, portfolio, story. Never contact details. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [karigar] = await jobsService(req.scope).listKarigarProfiles({ id: req.params.karigar_id, status: "active" })
  if (!karigar) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Karigar ${req.params.karigar_id} was not found`)
  res.json({ karigar: publicKarigar(karigar) })
}
