import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { makerspace } from "../../../../utils/makerspace"

/** Closes a tool-house (no unit_id) or one unit for a time; existing bookings are not touched. */
export async function POST(req: MedusaRequest<any>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  const house = await service.retrieveToolHouse(req.params.id, { relations: ["units"] })
  if (req.validatedBody.unit_id && !house.units.some((u) => u.id === req.validatedBody.unit_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Unit ${req.validatedBody.unit_id} is not in this tool-house`)
  }
  const outage = await service.createOutages({ ...req.validatedBody, tool_house_id: house.id })
  res.status(201).json({ outage })
}
