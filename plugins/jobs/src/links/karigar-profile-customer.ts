import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import JobsModule from "../modules/jobs"

/**
 * A karigar profile belongs to a Medusa customer. Read-only: the profile keeps `customer_id`
 * itself (unique per live profile), so `query.graph` reads `karigar_profile.customer.*` with no
 * link table to keep in step.
 */
export default defineLink(
  { linkable: JobsModule.linkable.karigarProfile, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
