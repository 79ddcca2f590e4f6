import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { announceToolHouse, makerspace } from "../../../utils/makerspace"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const tool_house = await makerspace(req.scope).retrieveToolHouse(req.params.id, { relations: ["units", "outages"] })
  res.json({ tool_house })
}

export async function POST(req: MedusaRequest<any>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  await service.retrieveToolHouse(req.params.id)
  const tool_house = await service.updateToolHouses({ id: req.params.id, ...req.validatedBody })
  await announceToolHouse(req.scope, "updated", tool_house.id)
  res.json({ tool_house })
}
