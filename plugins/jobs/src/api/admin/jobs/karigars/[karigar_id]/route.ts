import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { jobsService, publicKarigar } from "../../../../../lib/jobs"
import { setKarigarStatusWorkflow } from "../../../../../workflows"

const view = (k: any) => ({ ...publicKarigar(k), status: k.status, customer_id: k.customer_id, created_at: k.created_at })

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ karigar: view(await jobsService(req.scope).retrieveKarigarProfile(req.params.karigar_id)) })
}

/** Hides a profile (off matching and public views) or shows it again. */
export async function POST(req: MedusaRequest<{ status: "active" | "hidden" }>, res: MedusaResponse) {
  const { result } = await setKarigarStatusWorkflow(req.scope).run({ input: { karigar_id: req.params.karigar_id, status: req.validatedBody.status } })
  res.json({ karigar: view(result) })
}
