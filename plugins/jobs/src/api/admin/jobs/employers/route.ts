import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { jobsService, publicEmployer } from "../../../../lib/jobs"

/** Employer profiles (`?verified=false` for the ones waiting for a badge). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as any
  const [employers, count] = await jobsService(req.scope).listAndCountEmployerProfiles(q.verified === undefined ? {} : { verified: q.verified }, {
    take: q.limit,
    skip: q.offset,
    order: { created_at: "DESC" },
  })
  res.json({
    employers: employers.map((e) => ({ ...publicEmployer(e), customer_id: e.customer_id, verified_at: e.verified_at, created_at: e.created_at })),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
