import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { notFound } from "@dharavi/errors"
import { MakerspaceErrors, type AdminOutageResponse, type MakerspaceErrorDetails } from "../../../../../contract"
import type { PostAdminOutage } from "../../../../validators"
import { MAKERSPACE_MODULE } from "../../../../../modules/makerspace"
import { adminOutage } from "../../../../utils/makerspace"

/** Closes a tool-house (no unit_id) or one unit for a time; existing bookings are not touched. */
export async function POST(
  req: MedusaRequest<z.infer<typeof PostAdminOutage>>,
  res: MedusaResponse<AdminOutageResponse>
) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  const house = await service.retrieveToolHouse(req.params.id, { relations: ["units"] })
  if (req.validatedBody.unit_id && !house.units.some((u) => u.id === req.validatedBody.unit_id)) {
    throw notFound<MakerspaceErrorDetails["unit_not_found"]>(
      MakerspaceErrors.UNIT_NOT_FOUND,
      `Unit ${req.validatedBody.unit_id} is not in this tool-house`,
      {
        unit_id: req.validatedBody.unit_id,
        tool_house_id: house.id,
        kind: null,
      }
    )
  }
  const outage = await service.createOutages({ ...req.validatedBody, tool_house_id: house.id })
  res.status(201).json({ outage: adminOutage(outage) })
}
