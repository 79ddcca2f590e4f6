import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getAuthToken } from "../cookies"
import { medusa } from "../medusa"
import { describe, isUnauthorized } from "./errors"

/** The logged-in customer, or null for guests and expired sessions. */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await medusa().store.customer.retrieve({ fields: "id,email,first_name,last_name,phone,created_at" }, await authHeaders())
    return customer ?? null
  } catch (error) {
    if (!isUnauthorized(error)) console.error("[customer] retrieve failed:", describe(error))
    return null
  }
})
