import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { sellerMember } from "./seller-member"
import { GetPools, PostAdminPool, PostAdminPoolUpdate, PostStorePledge } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const seller = authenticate("seller", ["bearer", "session"])
const member = sellerMember()
const memberWrites = sellerMember({ writes: true })
const list = validateAndTransformQuery(GetPools, { defaults: ["id"], isList: true })
const empty = validateAndTransformBody(z.object({}).strict())
const vendor = "/vendors/sellers/:seller_id/pools"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/pools", method: "GET", middlewares: [list] },
    {
      matcher: "/store/pools/:id/pledges",
      method: "POST",
      middlewares: [customer, validateAndTransformBody(PostStorePledge)],
    },
    { matcher: "/store/pledges*", middlewares: [customer] },
    { matcher: "/store/pledges/:id", method: "POST", middlewares: [validateAndTransformBody(PostStorePledge)] },
    { matcher: "/admin/pools", method: "GET", middlewares: [list] },
    { matcher: "/admin/pools", method: "POST", middlewares: [validateAndTransformBody(PostAdminPool)] },
    { matcher: "/admin/pools/:id", method: "POST", middlewares: [validateAndTransformBody(PostAdminPoolUpdate)] },

    // Sellers (members of the seller in the path) manage their own pools under the admin's rules.
    { matcher: `${vendor}*`, middlewares: [seller] },
    { matcher: vendor, method: "GET", middlewares: [member, list] },
    { matcher: vendor, method: "POST", middlewares: [memberWrites, validateAndTransformBody(PostAdminPool)] },
    { matcher: `${vendor}/:pool_id`, method: "GET", middlewares: [member] },
    {
      matcher: `${vendor}/:pool_id`,
      method: "POST",
      middlewares: [memberWrites, validateAndTransformBody(PostAdminPoolUpdate)],
    },
    { matcher: `${vendor}/:pool_id/open`, method: "POST", middlewares: [memberWrites, empty] },
    { matcher: `${vendor}/:pool_id/cancel`, method: "POST", middlewares: [memberWrites, empty] },
    { matcher: `${vendor}/:pool_id/settle`, method: "POST", middlewares: [memberWrites, empty] },
  ],
})
