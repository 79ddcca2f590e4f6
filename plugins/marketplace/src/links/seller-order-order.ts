import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

// Read-only: a seller's part of an order points at Medusa's order by id, so query can fetch both.
export default defineLink(
  { linkable: SellerModule.linkable.sellerOrder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
