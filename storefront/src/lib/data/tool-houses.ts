import { cache } from "react"
import { authHeaders } from "../cookies"
import { medusa } from "../medusa"
import type { Availability, Booking, ToolHouse, ToolUnit } from "../tool-houses"
import { nullIfNotFound } from "./errors"

/** The makerspace: tool-houses, their free slots, and the customer's bookings. */

export async function listToolHouses(): Promise<ToolHouse[]> {
  const { tool_houses } = await medusa().client.fetch<{ tool_houses: ToolHouse[]; count: number }>("/store/tool-houses")
  return tool_houses ?? []
}

/** A tool-house, or null when there is none with this handle (404); any other failure is thrown. */
export const getToolHouse = cache(async (handle: string): Promise<(ToolHouse & { units: ToolUnit[] }) | null> => {
  const found = await nullIfNotFound(() =>
    medusa().client.fetch<{ tool_house: ToolHouse & { units: ToolUnit[] } }>(`/store/tool-houses/${encodeURIComponent(handle)}`),
  )
  const house = found?.tool_house
  return house ? { ...house, units: house.units ?? [] } : null
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
