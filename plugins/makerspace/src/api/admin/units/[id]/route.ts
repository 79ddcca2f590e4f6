import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { invalid } from "@dharavi/errors"
import { MakerspaceErrors, type AdminUnitResponse, type MakerspaceErrorDetails } from "../../../../contract"
import type { PostAdminUnitUpdate } from "../../../validators"
import { adminUnit, announceToolHouse } from "../../../utils/makerspace"
import { MAKERSPACE_MODULE } from "../../../../modules/makerspace"

export async function POST(
  req: MedusaRequest<z.infer<typeof PostAdminUnitUpdate>>,
  res: MedusaResponse<AdminUnitResponse>
) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  const current = await service.retrieveBookableUnit(req.params.id)
  const min = req.validatedBody.min_minutes ?? current.min_minutes
  const max = req.validatedBody.max_minutes ?? current.max_minutes
  if (min > max) {
    throw invalid<MakerspaceErrorDetails["unit_minutes_invalid"]>(
      MakerspaceErrors.UNIT_MINUTES_INVALID,
      "min_minutes cannot exceed max_minutes",
      { min_minutes: min, max_minutes: max }
    )
  }
  const unit = await service.updateBookableUnits({ id: req.params.id, ...req.validatedBody })
  await announceToolHouse(req.scope, "updated", current.tool_house_id)
  res.json({ unit: adminUnit(unit) })
}
