import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { codedError } from "@dharavi/errors"
import {
  MakerspaceErrors,
  type AdminToolHouseResponse,
  type AdminToolHousesResponse,
  type MakerspaceErrorDetails,
} from "../../../contract"
import type { PostAdminToolHouse } from "../../validators"
import { adminToolHouse, adminUnit, announceToolHouse } from "../../utils/makerspace"
import { MAKERSPACE_MODULE } from "../../../modules/makerspace"

export async function GET(req: MedusaRequest, res: MedusaResponse<AdminToolHousesResponse>) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const [tool_houses, count] = await req.scope
    .resolve(MAKERSPACE_MODULE)
    .listAndCountToolHouses({}, { skip, take, order: { name: "ASC" }, relations: ["units"] })
  res.json({
    tool_houses: tool_houses.map((h) => ({ ...adminToolHouse(h), units: h.units.map(adminUnit) })),
    count,
    offset: skip,
    limit: take,
  })
}

export async function POST(
  req: MedusaRequest<z.infer<typeof PostAdminToolHouse>>,
  res: MedusaResponse<AdminToolHouseResponse>
) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  const [taken] = await service.listToolHouses({ handle: req.validatedBody.handle })
  if (taken) {
    throw codedError<MakerspaceErrorDetails["tool_house_handle_taken"]>(
      "duplicate_error",
      MakerspaceErrors.TOOL_HOUSE_HANDLE_TAKEN,
      `The handle "${req.validatedBody.handle}" is taken`,
      {
        handle: req.validatedBody.handle,
      }
    )
  }
  const tool_house = await service.createToolHouses(req.validatedBody)
  await announceToolHouse(req.scope, "created", tool_house.id)
  res.status(201).json({ tool_house: adminToolHouse(tool_house) })
}
