import {
  allowFields,
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { PUBLIC_SELLER_FIELDS, requireSellerMember } from "./utils/seller-scope"
import { acceptPhotos } from "./utils/uploads"
import {
  GetAdminSellersParams,
  GetListParams,
  GetSellersParams,
  PostAdminSellerStatus,
  PostVendorMember,
  PostVendorProduct,
  PostVendorProductUpdate,
  PostVendorSeller,
  PostVendorSellerUpdate,
  PostVendorStock,
  PostVendorUser,
} from "./validators"

const seller = authenticate("seller", ["bearer", "session"])
const list = (defaults: string[] = []) => validateAndTransformQuery(GetListParams, { defaults, isList: true })
const anyMember = requireSellerMember()
const anyMemberWrites = requireSellerMember({ writes: true })
const owner = requireSellerMember({ roles: ["owner"] })
const ownerWrites = requireSellerMember({ roles: ["owner"], writes: true })

export default defineMiddlewares({
  routes: [
    // A person registers with /auth/seller/emailpass/register, then creates their seller account here.
    {
      matcher: "/vendors/users",
      method: "POST",
      middlewares: [
        authenticate("seller", ["bearer"], { allowUnregistered: true }),
        validateAndTransformBody(PostVendorUser),
      ],
    },
    { matcher: "/vendors/me*", middlewares: [seller] },
    { matcher: "/vendors/sellers", method: "POST", middlewares: [seller, validateAndTransformBody(PostVendorSeller)] },

    { matcher: "/vendors/sellers/:seller_id", method: "GET", middlewares: [seller, anyMember] },
    {
      matcher: "/vendors/sellers/:seller_id",
      method: "POST",
      middlewares: [seller, anyMemberWrites, validateAndTransformBody(PostVendorSellerUpdate)],
    },

    { matcher: "/vendors/sellers/:seller_id/members", method: "GET", middlewares: [seller, owner] },
    {
      matcher: "/vendors/sellers/:seller_id/members",
      method: "POST",
      middlewares: [seller, ownerWrites, validateAndTransformBody(PostVendorMember)],
    },
    { matcher: "/vendors/sellers/:seller_id/members/:member_id", method: "DELETE", middlewares: [seller, owner] },
    { matcher: "/vendors/sellers/:seller_id/audit-log", method: "GET", middlewares: [seller, owner, list()] },

    { matcher: "/vendors/sellers/:seller_id/products", method: "GET", middlewares: [seller, anyMember, list()] },
    {
      matcher: "/vendors/sellers/:seller_id/products",
      method: "POST",
      middlewares: [seller, anyMemberWrites, validateAndTransformBody(PostVendorProduct)],
    },
    { matcher: "/vendors/sellers/:seller_id/products/:product_id", method: "GET", middlewares: [seller, anyMember] },
    {
      matcher: "/vendors/sellers/:seller_id/products/:product_id",
      method: "POST",
      middlewares: [seller, anyMemberWrites, validateAndTransformBody(PostVendorProductUpdate)],
    },
    {
      matcher: "/vendors/sellers/:seller_id/products/:product_id",
      method: "DELETE",
      middlewares: [seller, anyMemberWrites],
    },
    {
      matcher: "/vendors/sellers/:seller_id/products/:product_id/stock",
      method: "POST",
      middlewares: [seller, anyMemberWrites, validateAndTransformBody(PostVendorStock)],
    },
    {
      matcher: "/vendors/sellers/:seller_id/uploads",
      method: "POST",
      bodyParser: false,
      middlewares: [seller, anyMemberWrites, acceptPhotos],
    },
    { matcher: "/vendors/sellers/:seller_id/orders", method: "GET", middlewares: [seller, anyMember, list()] },
    { matcher: "/vendors/sellers/:seller_id/orders/:order_id", method: "GET", middlewares: [seller, anyMember] },

    // Storefront: the maker directory and maker pages, and a product's maker on product routes.
    {
      matcher: "/store/sellers",
      method: "GET",
      middlewares: [validateAndTransformQuery(GetSellersParams, { isList: true })],
    },
    {
      matcher: "/store/products*",
      method: "GET",
      middlewares: [allowFields(PUBLIC_SELLER_FIELDS.map((f) => `seller.${f}`))],
    },

    // Platform admin.
    {
      matcher: "/admin/sellers",
      method: "GET",
      middlewares: [validateAndTransformQuery(GetAdminSellersParams, { isList: true })],
    },
    { matcher: "/admin/sellers/:id", method: "POST", middlewares: [validateAndTransformBody(PostAdminSellerStatus)] },
    { matcher: "/admin/sellers/:id/audit-log", method: "GET", middlewares: [list()] },
    { matcher: "/admin/sellers/:id/orders", method: "GET", middlewares: [list()] },
  ],
})
