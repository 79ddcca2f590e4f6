import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { jobsService, publicKarigar } from "../../../../lib/jobs"

/**
 * Karigar profiles for the platform. Contact details are not listed here either: they are shown
 * only through a consented reveal on an application.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as any
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.area) filters.area = q.area
  const [karigars, count] = await jobsService(req.scope).listAndCountKarigarProfiles(filters, { take: q.limit, skip: q.offset, order: { created_at: "DESC" } })
  res.json({ karigars: karigars.map((k) => ({ ...publicKarigar(k), status: k.status, customer_id: k.customer_id, created_at: k.created_at })), count, offset: q.offset, limit: q.limit })
}
