import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MAKERSPACE_MODULE } from "../../modules/makerspace"
import type MakerspaceModuleService from "../../modules/makerspace/service"

export const makerspace = (scope: MedusaContainer) => scope.resolve(MAKERSPACE_MODULE) as MakerspaceModuleService

/** Tells other plugins (search) that a tool-house or its units changed: `tool_house.created` / `tool_house.updated`. */
export async function announceToolHouse(scope: MedusaContainer, change: "created" | "updated", id: string) {
  await scope.resolve(Modules.EVENT_BUS).emit({ name: `tool_house.${change}`, data: { id } })
}

/** Public tool-house fields: never the owner's internal metadata. */
export const PUBLIC_TOOL_HOUSE = ["id", "handle", "name", "area", "address_landmark", "description", "photos", "timezone", "opening_hours"] as const
export const PUBLIC_UNIT = ["id", "name", "kind", "description", "min_minutes", "max_minutes", "slot_minutes", "min_notice_minutes", "max_advance_days", "buffer_before_minutes", "buffer_after_minutes", "daily_cap_minutes", "required_qualification_id", "variant_id"] as const

export const pick = <T extends Record<string, any>>(row: T, fields: readonly string[]) =>
  Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]]))

/** A 409 the shopper can act on (Medusa's own conflict message is generic). */
export function slotTakenBody(what = "That time") {
  return { type: "slot_taken", message: `${what} was just booked by someone else. Please pick another slot.` }
}

export async function activeToolHouse(scope: MedusaContainer, idOrHandle: string) {
  const [house] = await makerspace(scope).listToolHouses(
    { $or: [{ id: idOrHandle }, { handle: idOrHandle }], status: "active" } as any,
    { relations: ["units"] }
  )
  if (!house) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tool-house ${idOrHandle} was not found`)
  return house
}
