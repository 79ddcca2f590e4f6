import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreKarigarResponse } from "../../../../../contract"
import { MedusaError } from "@medusajs/framework/utils"
import { publicKarigar } from "../../../../../lib/jobs"
import { JOBS_MODULE } from "../../../../../modules/jobs"

/** A karigar's public profile: skills, experience, area, availability, portfolio, story. Never contact details. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreKarigarResponse>) {
  const [karigar] = await req.scope
    .resolve(JOBS_MODULE)
    .listKarigarProfiles({ id: req.params.karigar_id, status: "active" })
  if (!karigar) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Karigar ${req.params.karigar_id} was not found`)
  res.json({ karigar: publicKarigar(karigar) })
}
