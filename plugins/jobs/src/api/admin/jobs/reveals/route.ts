import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRevealsResponse } from "../../../../contract"
import { employersById } from "../../../../lib/jobs"
import { JOBS_MODULE } from "../../../../modules/jobs"
import type { GetRevealsType } from "../../../validators"

/**
 * The contact-reveal log: who saw whose contact details, for which application, when (newest first).
 * Each entry names the viewer and the subject (names only, never the contact itself) and the post.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminRevealsResponse>) {
  const q = req.validatedQuery as GetRevealsType
  const filters: Record<string, unknown> = {}
  if (q.viewer_id) filters.viewer_id = q.viewer_id
  if (q.application_id) filters.application_id = q.application_id
  const jobs = req.scope.resolve(JOBS_MODULE)
  const [reveals, count] = await jobs.listAndCountContactReveals(filters, {
    take: q.limit,
    skip: q.offset,
    order: { created_at: "DESC" },
  })
  const ids = (type: string) =>
    reveals
      .flatMap((r) => [r.viewer_type === type ? r.viewer_id : null, r.subject_type === type ? r.subject_id : null])
      .filter((id): id is string => Boolean(id))
  const karigarIds = [...new Set(ids("karigar"))]
  const applicationIds = [...new Set(reveals.map((r) => r.application_id))]
  const [employers, karigars, applications] = await Promise.all([
    employersById(req.scope, ids("employer")),
    karigarIds.length ? jobs.listKarigarProfiles({ id: karigarIds }, { select: ["id", "name"] }) : [],
    applicationIds.length ? jobs.listJobApplications({ id: applicationIds }, { select: ["id", "post_id"] }) : [],
  ])
  const posts = applications.length
    ? await jobs.listJobPosts({ id: [...new Set(applications.map((a) => a.post_id))] }, { select: ["id", "title"] })
    : []
  const names = new Map<string, string>([
    ...karigars.map((k) => [k.id, k.name] as const),
    ...[...employers.values()].map((e) => [e.id, e.name] as const),
  ])
  const postOf = new Map(applications.map((a) => [a.id, posts.find((p) => p.id === a.post_id) ?? null]))
  res.json({
    reveals: reveals.map((r) => {
      const post = postOf.get(r.application_id)
      return {
        ...r,
        viewer_name: names.get(r.viewer_id) ?? null,
        subject_name: names.get(r.subject_id) ?? null,
        post: post ? { id: post.id, title: post.title } : null,
      }
    }),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
