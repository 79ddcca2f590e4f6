import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminKarigarResponse } from "../../../../../contract"
import { setKarigarStatusWorkflow } from "../../../../../workflows"
import { ADMIN_KARIGAR_FIELDS } from "../../../../query-config"
import type { PostKarigarStatusType } from "../../../../validators"
import { adminKarigar } from "../view"

async function karigarOf(req: MedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "karigar_profile",
    fields: req.queryConfig?.fields ?? ADMIN_KARIGAR_FIELDS,
    filters: { id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Karigar ${id} was not found`)
  return adminKarigar(data[0])
}

export async function GET(req: MedusaRequest, res: MedusaResponse<AdminKarigarResponse>) {
  res.json({ karigar: await karigarOf(req, req.params.karigar_id) })
}

/** Hides a profile (off matching and public views) or shows it again. */
export async function POST(req: MedusaRequest<PostKarigarStatusType>, res: MedusaResponse<AdminKarigarResponse>) {
  const { result } = await setKarigarStatusWorkflow(req.scope).run({
    input: { karigar_id: req.params.karigar_id, status: req.validatedBody.status },
  })
  res.json({ karigar: await karigarOf(req, result.id) })
}
