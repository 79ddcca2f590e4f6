import { cache } from "react"
import { authHeaders } from "../cookies"
import { medusa } from "../medusa"
import type {
  StoreAvailabilityQuery,
  StoreBookingsResponse,
  StoreToolHouseResponse,
  StoreToolHousesResponse,
} from "@dharavi/makerspace/contract"
import type { Availability, Booking, ToolHouse, ToolHouseWithUnits } from "../tool-houses"
import { nullIfNotFound } from "./errors"

/** The makerspace: tool-houses, their free slots, and the customer's bookings. */

export async function listToolHouses(): Promise<ToolHouse[]> {
  const { tool_houses } = await medusa().client.fetch<StoreToolHousesResponse>("/store/tool-houses")
  return tool_houses ?? []
}

/** A tool-house, or null when there is none with this handle (404); any other failure is thrown. */
export const getToolHouse = cache(async (handle: string): Promise<ToolHouseWithUnits | null> => {
  const found = await nullIfNotFound(() =>
    medusa().client.fetch<StoreToolHouseResponse>(`/store/tool-houses/${encodeURIComponent(handle)}`)
  )
  const house = found?.tool_house
  return house ? { ...house, units: house.units ?? [] } : null
})

export async function getAvailability(
  toolHouseId: string,
  query: StoreAvailabilityQuery & { duration: number }
): Promise<Availability> {
  return medusa().client.fetch<Availability>(`/store/tool-houses/${encodeURIComponent(toolHouseId)}/availability`, {
    query: { days: 1, ...query },
  })
}

export async function listBookings(): Promise<Booking[]> {
  const { bookings } = await medusa().client.fetch<StoreBookingsResponse>("/store/bookings", {
    headers: await authHeaders(),
  })
  return bookings ?? []
}
