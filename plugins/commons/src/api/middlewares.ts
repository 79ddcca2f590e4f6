import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetPools, PostAdminPool, PostAdminPoolUpdate, PostStorePledge } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const list = validateAndTransformQuery(GetPools, { defaults: ["id"], isList: true })

export default defineMiddlewares({
  routes: [
    { matcher: "/store/pools", method: "GET", middlewares: [list] },
    { matcher: "/store/pools/:id/pledges", method: "POST", middlewares: [customer, validateAndTransformBody(PostStorePledge)] },
    { matcher: "/store/pledges*", middlewares: [customer] },
    { matcher: "/store/pledges/:id", method: "POST", middlewares: [validateAndTransformBody(PostStorePledge)] },
    { matcher: "/admin/pools", method: "GET", middlewares: [list] },
    { matcher: "/admin/pools", method: "POST", middlewares: [validateAndTransformBody(PostAdminPool)] },
    { matcher: "/admin/pools/:id", method: "POST", middlewares: [validateAndTransformBody(PostAdminPoolUpdate)] },
  ],
})
