import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreToolHouseResponse } from "../../../../contract"
import { activeToolHouse, toolHouseFields, unitFields } from "../../../utils/makerspace"

/** A tool-house by id or handle, with its active units and their booking rules. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreToolHouseResponse>) {
  const house = await activeToolHouse(req.scope, req.params.id)
  res.json({ tool_house: { ...toolHouseFields(house), units: house.units.filter((u) => u.active).map(unitFields) } })
}
