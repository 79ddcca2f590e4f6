import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CommonsModule from "../modules/commons"

// Read-only: a settled pledge points at the Medusa order made for it by `order_id` (no link table),
// so query.graph reads a pledge with its order (`order.display_id`, `order.total`) in one call.
export default defineLink({ linkable: CommonsModule.linkable.pledge, field: "order_id" }, OrderModule.linkable.order, {
  readOnly: true,
})
