import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PUBLIC_TOOL_HOUSE, PUBLIC_UNIT, activeToolHouse, pick } from "../../../utils/makerspace"

/** A tool-house by id or handle, with its active units and their booking rules. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const house = await activeToolHouse(req.scope, req.params.id)
  res.json({
    tool_house: {
      ...pick(house, PUBLIC_TOOL_HOUSE),
      units: house.units.filter((u) => u.active).map((u) => pick(u, PUBLIC_UNIT)),
    },
  })
}
