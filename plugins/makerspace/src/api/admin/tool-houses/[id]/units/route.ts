import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { announceToolHouse, makerspace } from "../../../../utils/makerspace"

export async function POST(req: MedusaRequest<any>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  await service.retrieveToolHouse(req.params.id)
  const unit = await service.createBookableUnits({ ...req.validatedBody, tool_house_id: req.params.id })
  await announceToolHouse(req.scope, "updated", req.params.id)
  res.status(201).json({ unit })
}
