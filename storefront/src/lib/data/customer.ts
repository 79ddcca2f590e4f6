import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getAuthToken } from "../cookies"
import { medusa } from "../medusa"
import { unlessRefused } from "./errors"

/** The logged-in customer, or null for guests and expired sessions; throws when the backend fails. */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  if (!(await getAuthToken())) return null
  // An expired token is a guest; a backend that does not answer is not (pages would offer to sign in).
  const headers = await authHeaders()
  return unlessRefused(
    async () =>
      (await medusa().store.customer.retrieve({ fields: "id,email,first_name,last_name,phone,created_at" }, headers))
        .customer ?? null,
    null
  )
})
