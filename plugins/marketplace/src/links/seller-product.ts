import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SellerModule from "../modules/seller"

// A product carries its maker: each product belongs to one seller, a seller has many products.
export default defineLink(SellerModule.linkable.seller, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
