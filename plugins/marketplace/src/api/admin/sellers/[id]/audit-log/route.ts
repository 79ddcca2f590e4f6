import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAuditLog } from "../../../../utils/audit-log"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await listAuditLog(req, req.params.id))
}
