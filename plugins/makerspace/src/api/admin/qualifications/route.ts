import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { makerspace } from "../../utils/makerspace"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ qualifications: await makerspace(req.scope).listQualifications({}, { order: { code: "ASC" } }) })
}

export async function POST(req: MedusaRequest<any>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  const [taken] = await service.listQualifications({ code: req.validatedBody.code })
  if (taken) {
    res.status(422).json({ type: "duplicate_error", message: `A qualification with code "${req.validatedBody.code}" exists` })
    return
  }
  res.status(201).json({ qualification: await service.createQualifications(req.validatedBody) })
}
