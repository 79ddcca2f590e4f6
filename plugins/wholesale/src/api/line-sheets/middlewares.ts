import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { GetLineSheetParams } from "./validators"

const query = validateAndTransformQuery(GetLineSheetParams, {})
const customer = authenticate("customer", ["session", "bearer"])

/**
 * Line-sheet PDFs. Admin routes are authenticated by Medusa; the store's are for logged-in buyers
 * of approved companies (401 without a login; the route answers 403 to anyone else).
 */
export const lineSheetRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/line-sheets/sellers/:id", methods: ["GET"], middlewares: [query] },
  { matcher: "/admin/line-sheets/collections/:id", methods: ["GET"], middlewares: [query] },
  { matcher: "/store/line-sheets/sellers/:handle", methods: ["GET"], middlewares: [customer, query] },
  { matcher: "/store/line-sheets/collections/:handle", methods: ["GET"], middlewares: [customer, query] },
]
