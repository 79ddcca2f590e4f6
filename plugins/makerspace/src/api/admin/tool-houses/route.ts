import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { announceToolHouse, makerspace } from "../../utils/makerspace"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const [tool_houses, count] = await makerspace(req.scope).listAndCountToolHouses({}, { skip, take, order: { name: "ASC" }, relations: ["units"] })
  res.json({ tool_houses, count, offset: skip, limit: take })
}

export async function POST(req: MedusaRequest<any>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  const [taken] = await service.listToolHouses({ handle: req.validatedBody.handle })
  if (taken) {
    res.status(422).json({ type: "duplicate_error", message: `The handle "${req.validatedBody.handle}" is taken` })
    return
  }
  const tool_house = await service.createToolHouses(req.validatedBody)
  await announceToolHouse(req.scope, "created", tool_house.id)
  res.status(201).json({ tool_house })
}
