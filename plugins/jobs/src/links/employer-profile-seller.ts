import { defineLink } from "@medusajs/framework/utils"
import { SELLER_MODULE_KEY } from "@dharavi/seller-access"
import JobsModule from "../modules/jobs"

/**
 * A seller employer is a marketplace seller. Read-only over `employer_profile.seller_id`. The
 * seller is named by its module's linkable keys rather than imported, so jobs does not depend on
 * the marketplace plugin; without it Medusa skips this link (a read-only link whose module is not
 * loaded is not defined) and the routes leave the seller fields out.
 */
export default defineLink(
  { linkable: JobsModule.linkable.employerProfile, field: "seller_id" },
  {
    linkable: {
      serviceName: SELLER_MODULE_KEY,
      field: "seller",
      entity: "Seller",
      linkable: "seller_id",
      primaryKey: "id",
    },
  },
  { readOnly: true }
)
