import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { jobsService } from "../../../../lib/jobs"

/** The contact-reveal log: who saw whose contact details, for which application, when (newest first). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as any
  const filters: Record<string, unknown> = {}
  if (q.viewer_id) filters.viewer_id = q.viewer_id
  if (q.application_id) filters.application_id = q.application_id
  const [reveals, count] = await jobsService(req.scope).listAndCountContactReveals(filters, { take: q.limit, skip: q.offset, order: { created_at: "DESC" } })
  res.json({ reveals, count, offset: q.offset, limit: q.limit })
}
