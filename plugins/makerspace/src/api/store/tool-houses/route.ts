import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PUBLIC_TOOL_HOUSE, makerspace, pick } from "../../utils/makerspace"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const [houses, count] = await makerspace(req.scope).listAndCountToolHouses(
    { status: "active" },
    { skip, take, order: { name: "ASC" }, relations: ["units"] }
  )
  res.json({
    tool_houses: houses.map((h) => ({
      ...pick(h, PUBLIC_TOOL_HOUSE),
      unit_counts: h.units.filter((u) => u.active).reduce<Record<string, number>>((c, u) => ({ ...c, [u.kind]: (c[u.kind] ?? 0) + 1 }), {}),
    })),
    count,
    offset: skip,
    limit: take,
  })
}
