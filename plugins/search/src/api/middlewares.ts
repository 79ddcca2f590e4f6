import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { GetSearch, PostReindex } from "./validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/search", method: "GET", middlewares: [validateAndTransformQuery(GetSearch, {})] },
    { matcher: "/admin/search", method: "GET", middlewares: [validateAndTransformQuery(z.object({}).strict(), {})] },
    { matcher: "/admin/search/reindex", method: "POST", middlewares: [validateAndTransformBody(PostReindex)] },
  ],
})
