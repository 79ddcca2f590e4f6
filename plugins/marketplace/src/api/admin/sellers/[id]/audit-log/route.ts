import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SellerAuditLogResponse } from "../../../../../contract/http"
import { listAuditLog } from "../../../../utils/audit-log"

export async function GET(req: MedusaRequest, res: MedusaResponse<SellerAuditLogResponse>) {
  res.json(await listAuditLog(req, req.params.id))
}
