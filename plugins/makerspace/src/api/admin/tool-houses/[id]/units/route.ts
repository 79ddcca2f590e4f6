import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { AdminUnitResponse } from "../../../../../contract"
import type { PostAdminUnit } from "../../../../validators"
import { adminUnit, announceToolHouse } from "../../../../utils/makerspace"
import { MAKERSPACE_MODULE } from "../../../../../modules/makerspace"

export async function POST(req: MedusaRequest<z.infer<typeof PostAdminUnit>>, res: MedusaResponse<AdminUnitResponse>) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  await service.retrieveToolHouse(req.params.id)
  const unit = await service.createBookableUnits({ ...req.validatedBody, tool_house_id: req.params.id })
  await announceToolHouse(req.scope, "updated", req.params.id)
  res.status(201).json({ unit: adminUnit(unit) })
}
