import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { AdminToolHouseResponse } from "../../../../contract"
import type { PostAdminToolHouseUpdate } from "../../../validators"
import { adminOutage, adminToolHouse, adminUnit, announceToolHouse } from "../../../utils/makerspace"
import { MAKERSPACE_MODULE } from "../../../../modules/makerspace"

export async function GET(req: MedusaRequest, res: MedusaResponse<AdminToolHouseResponse>) {
  const tool_house = await req.scope
    .resolve(MAKERSPACE_MODULE)
    .retrieveToolHouse(req.params.id, { relations: ["units", "outages"] })
  res.json({
    tool_house: {
      ...adminToolHouse(tool_house),
      units: tool_house.units.map(adminUnit),
      outages: tool_house.outages.map(adminOutage),
    },
  })
}

export async function POST(
  req: MedusaRequest<z.infer<typeof PostAdminToolHouseUpdate>>,
  res: MedusaResponse<AdminToolHouseResponse>
) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  await service.retrieveToolHouse(req.params.id)
  const tool_house = await service.updateToolHouses({ id: req.params.id, ...req.validatedBody })
  await announceToolHouse(req.scope, "updated", tool_house.id)
  res.json({ tool_house: adminToolHouse(tool_house) })
}
