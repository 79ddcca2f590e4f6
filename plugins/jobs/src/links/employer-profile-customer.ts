import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import JobsModule from "../modules/jobs"

/** A business employer is a Medusa customer. Read-only over `employer_profile.customer_id` (null for a seller). */
export default defineLink(
  { linkable: JobsModule.linkable.employerProfile, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
