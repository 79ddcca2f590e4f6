import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { announceToolHouse, makerspace } from "../../../utils/makerspace"

export async function POST(req: MedusaRequest<any>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  const current = await service.retrieveBookableUnit(req.params.id)
  const min = req.validatedBody.min_minutes ?? current.min_minutes
  const max = req.validatedBody.max_minutes ?? current.max_minutes
  if (min > max) throw new MedusaError(MedusaError.Types.INVALID_DATA, "min_minutes cannot exceed max_minutes")
  const unit = await service.updateBookableUnits({ id: req.params.id, ...req.validatedBody })
  await announceToolHouse(req.scope, "updated", (current as any).tool_house_id)
  res.json({ unit })
}
