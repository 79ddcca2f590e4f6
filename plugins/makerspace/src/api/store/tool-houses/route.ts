import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreToolHousesResponse, UnitKind } from "../../../contract"
import { toolHouseFields, type ToolHouseRecord } from "../../utils/makerspace"

/** Active tool-houses by name, with how many active units of each kind they have. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreToolHousesResponse>) {
  const { skip = 0, take = 20, order } = req.queryConfig.pagination ?? {}
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "tool_house",
    fields: req.queryConfig.fields,
    filters: { status: "active" },
    pagination: { skip, take, order: order ?? { name: "ASC" } },
  })
  const houses = data as (ToolHouseRecord & { units?: { kind: UnitKind; active: boolean }[] | null })[]
  res.json({
    tool_houses: houses.map((h) => ({
      ...toolHouseFields(h),
      unit_counts: (h.units ?? [])
        .filter((u) => u.active)
        .reduce<Partial<Record<UnitKind, number>>>((c, u) => ({ ...c, [u.kind]: (c[u.kind] ?? 0) + 1 }), {}),
    })),
    count: metadata?.count ?? houses.length,
    offset: skip,
    limit: take,
  })
}
