import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import WholesaleModule from "../modules/wholesale"

// Read-only: a quote points at the Medusa draft order holding its lines by `draft_order_id` (no link
// table; the draft becomes the order on acceptance), so query.graph reads a quote with its lines
// (`order.items.*`) in one call.
export default defineLink(
  { linkable: WholesaleModule.linkable.quote, field: "draft_order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
