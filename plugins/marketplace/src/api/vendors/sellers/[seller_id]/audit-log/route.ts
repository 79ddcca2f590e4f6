import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerAuditLogResponse } from "../../../../../contract/http"
import { listAuditLog } from "../../../../utils/audit-log"
import type { SellerScopedRequest } from "../../../../utils/seller-scope"

/** Everything members did on this seller's behalf, newest first (owner only). */
export async function GET(req: SellerScopedRequest, res: MedusaResponse<SellerAuditLogResponse>) {
  res.json(await listAuditLog(req, req.seller_scope!.seller_id))
}
