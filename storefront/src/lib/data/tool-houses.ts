import { cache } from "react"
import { authHeaders } from "../cookies"
import { medusa } from "../medusa"
import type { Availability, Booking, ToolHouse, ToolUnit } from "../tool-houses"
import { describe, isNotFound } from "./errors"

/** The makerspace: tool-houses, their free slots, and the customer's bookings. */

export async function listToolHouses(): Promise<ToolHouse[]> {
  const { tool_houses } = await medusa().client.fetch<{ tool_houses: ToolHouse[]; count: number }>("/store/tool-houses")
  return tool_houses ?? []
}

export const getToolHouse = cache(async (handle: string): Promise<(ToolHouse & { units: ToolUnit[] }) | null> => {
  try {
    const { tool_house } = await medusa().client.fetch<{ tool_house: ToolHouse & { units: ToolUnit[] } }>(
      `/store/tool-houses/${encodeURIComponent(handle)}`,
    )
    return tool_house ? { ...tool_house, units: tool_house.units ?? [] } : null
  } catch (error) {
    if (!isNotFound(error)) console.error("[tool-houses] retrieve failed:", describe(error))
    return null
  }
})

export async function getAvailability(
  toolHouseId: string,
  query: { from: string; days?: number; duration: number; kind?: string; unit_id?: string },
): Promise<Availability> {
  return medusa().client.fetch<Availability>(`/store/tool-houses/${encodeURIComponent(toolHouseId)}/availability`, {
    query: { days: 1, ...query },
  })
}

export async function listBookings(): Promise<Booking[]> {
  const { bookings } = await medusa().client.fetch<{ bookings: Booking[] }>("/store/bookings", {
    headers: await authHeaders(),
  })
  return bookings ?? []
}
