import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type {
  EmployerApplicantsResponse,
  EmployerApplicationResponse,
  EmployerContactResponse,
  EmployerDecisionResponse,
  EmployerHireResponse,
  EmployerJobPostDetailResponse,
  EmployerJobPostResponse,
  EmployerJobPostsResponse,
  EmployerMatchesResponse,
  EmployerProfileResponse,
} from "../../contract"
import {
  applicationBase,
  employerPost,
  karigarForMatch,
  ownEmployer,
  postForMatch,
  publicKarigar,
} from "../../lib/jobs"
import { rankKarigarsForPost, scoreMatch } from "../../lib/matching"
import { JOBS_MODULE } from "../../modules/jobs"
import {
  closeJobPostWorkflow,
  createJobPostWorkflow,
  decideApplicationWorkflow,
  hireApplicationWorkflow,
  revealContactWorkflow,
  upsertEmployerProfileWorkflow,
} from "../../workflows"
import type {
  GetApplicationsType,
  GetEmployerPostsType,
  GetPageType,
  PostEmployerProfileType,
  PostJobPostType,
} from "../validators"
import { JobsRequest, findEmployer, ownerOf, requireEmployer } from "./actors"

/**
 * Employer routes, shared by business customers (/store/jobs/employer/...) and sellers
 * (/vendors/sellers/:seller_id/jobs/...). Every lookup is scoped by the caller's employer
 * profile: another employer's post or application is "not found". Rule failures (a full post,
 * the daily reveal limit, a decision that lost a race) are coded errors from the contract,
 * answered by the application's error handler.
 */

const page = (req: JobsRequest) => {
  const q = (req.validatedQuery ?? {}) as GetPageType
  return { take: q.limit ?? 20, skip: q.offset ?? 0 }
}

async function ownPost(req: JobsRequest, employerId: string) {
  const [post] = await req.scope.resolve(JOBS_MODULE).listJobPosts({ id: req.params.post_id, employer_id: employerId })
  if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Job post ${req.params.post_id} was not found`)
  return post
}

export async function employerProfileGET(req: JobsRequest, res: MedusaResponse<EmployerProfileResponse>) {
  const employer = await findEmployer(req)
  res.json({ employer: employer ? ownEmployer(employer) : null })
}

export async function employerProfilePOST(
  req: JobsRequest<PostEmployerProfileType>,
  res: MedusaResponse<EmployerProfileResponse>
) {
  const owner = ownerOf(req)
  const existed = Boolean(await findEmployer(req))
  const { result } = await upsertEmployerProfileWorkflow(req.scope).run({
    input: {
      kind: owner.kind,
      seller_id: owner.kind === "seller" ? owner.seller_id : null,
      customer_id: owner.kind === "business" ? owner.customer_id : null,
      data: req.validatedBody,
    },
  })
  res.status(existed ? 200 : 201).json({ employer: ownEmployer(result) })
}

export async function employerPostsGET(req: JobsRequest, res: MedusaResponse<EmployerJobPostsResponse>) {
  const employer = await requireEmployer(req)
  const { take, skip } = page(req)
  const status = (req.validatedQuery as GetEmployerPostsType | undefined)?.status
  const [posts, count] = await req.scope
    .resolve(JOBS_MODULE)
    .listAndCountJobPosts(
      { employer_id: employer.id, ...(status ? { status } : {}) },
      { take, skip, order: { created_at: "DESC" } }
    )
  res.json({ posts: posts.map((p) => employerPost(p, employer)), count, offset: skip, limit: take })
}

export async function employerPostsPOST(
  req: JobsRequest<PostJobPostType>,
  res: MedusaResponse<EmployerJobPostResponse>
) {
  const employer = await requireEmployer(req)
  const { result } = await createJobPostWorkflow(req.scope).run({
    input: { employer_id: employer.id, post: req.validatedBody },
  })
  res.status(201).json({ post: employerPost(result, employer) })
}

export async function employerPostGET(req: JobsRequest, res: MedusaResponse<EmployerJobPostDetailResponse>) {
  const employer = await requireEmployer(req)
  const post = await ownPost(req, employer.id)
  const applications = await req.scope
    .resolve(JOBS_MODULE)
    .listJobApplications({ post_id: post.id }, { select: ["id", "status"] })
  const counts: Record<string, number> = {}
  for (const a of applications) counts[a.status] = (counts[a.status] ?? 0) + 1
  res.json({ post: { ...employerPost(post, employer), application_counts: counts } })
}

export async function employerPostClosePOST(req: JobsRequest, res: MedusaResponse<EmployerJobPostResponse>) {
  const employer = await requireEmployer(req)
  const { result } = await closeJobPostWorkflow(req.scope).run({
    input: { post_id: req.params.post_id, employer_id: employer.id },
  })
  res.json({ post: employerPost(result, employer) })
}

/** The applicants of one of the employer's posts, best match first within each status. */
export async function employerPostApplicationsGET(req: JobsRequest, res: MedusaResponse<EmployerApplicantsResponse>) {
  const employer = await requireEmployer(req)
  const post = await ownPost(req, employer.id)
  const jobs = req.scope.resolve(JOBS_MODULE)
  const { take, skip } = page(req)
  const status = (req.validatedQuery as GetApplicationsType | undefined)?.status
  const [applications, count] = await jobs.listAndCountJobApplications(
    { post_id: post.id, employer_id: employer.id, ...(status ? { status } : {}) },
    { take, skip, order: { created_at: "ASC" } }
  )
  const karigars = applications.length
    ? await jobs.listKarigarProfiles({ id: applications.map((a) => a.karigar_id) })
    : []
  const byId = new Map(karigars.map((k) => [k.id, k]))
  res.json({
    applications: applications.map((a) => {
      const k = byId.get(a.karigar_id)
      return {
        ...applicationBase(a),
        karigar: k ? publicKarigar(k) : null,
        match: k ? scoreMatch(karigarForMatch(k), postForMatch(post)) : null,
      }
    }),
    count,
    offset: skip,
    limit: take,
  })
}

/** Karigars ranked for one of the employer's posts (public profiles only; contact never). */
export async function employerPostMatchesGET(req: JobsRequest, res: MedusaResponse<EmployerMatchesResponse>) {
  const employer = await requireEmployer(req)
  const post = await ownPost(req, employer.id)
  const jobs = req.scope.resolve(JOBS_MODULE)
  const { take, skip } = page(req)
  const ids = await jobs.karigarIdsWithTrades(post.trades ?? [])
  const karigars = ids.length ? await jobs.listKarigarProfiles({ id: ids, status: "active" }) : []
  const byId = new Map(karigars.map((k) => [k.id, k]))
  const applied = new Set(
    (await jobs.listJobApplications({ post_id: post.id }, { select: ["karigar_id"] })).map((a) => a.karigar_id)
  )
  const ranked = rankKarigarsForPost(postForMatch(post), karigars.map(karigarForMatch))
  res.json({
    matches: ranked.slice(skip, skip + take).map((r) => ({
      karigar: publicKarigar(byId.get(r.karigar.id)!),
      match: r.match,
      applied: applied.has(r.karigar.id),
    })),
    count: ranked.length,
    offset: skip,
    limit: take,
  })
}

export async function employerApplicationGET(req: JobsRequest, res: MedusaResponse<EmployerApplicationResponse>) {
  const employer = await requireEmployer(req)
  const jobs = req.scope.resolve(JOBS_MODULE)
  const [application] = await jobs.listJobApplications({ id: req.params.application_id, employer_id: employer.id })
  if (!application)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Application ${req.params.application_id} was not found`)
  const [karigar, post] = await Promise.all([
    jobs.retrieveKarigarProfile(application.karigar_id),
    jobs.retrieveJobPost(application.post_id),
  ])
  res.json({
    application: {
      ...applicationBase(application),
      karigar: publicKarigar(karigar),
      post: { id: post.id, title: post.title, status: post.status },
    },
  })
}

const decide = (decision: "shortlisted" | "rejected") =>
  async function (req: JobsRequest, res: MedusaResponse<EmployerDecisionResponse>) {
    const employer = await requireEmployer(req)
    const { result } = await decideApplicationWorkflow(req.scope).run({
      input: {
        application_id: req.params.application_id,
        employer_id: employer.id,
        actor_id: ownerOf(req).actor_id,
        decision,
      },
    })
    res.json({ application: applicationBase(result) })
  }

export const employerShortlistPOST = decide("shortlisted")
export const employerRejectPOST = decide("rejected")

/** Hires an applicant; 409 post_full when every opening is already taken. */
export async function employerHirePOST(req: JobsRequest, res: MedusaResponse<EmployerHireResponse>) {
  const employer = await requireEmployer(req)
  const { result } = await hireApplicationWorkflow(req.scope).run({
    input: { application_id: req.params.application_id, employer_id: employer.id },
  })
  const application = await req.scope.resolve(JOBS_MODULE).retrieveJobApplication(result.application_id)
  res.json({
    application: applicationBase(application),
    post: { id: result.post_id, filled: result.filled, openings: result.openings, status: result.post_status },
  })
}

/** Reveals the karigar's contact (consent checked and logged); 429 reveal_limit past the daily limit. */
export async function employerContactPOST(req: JobsRequest, res: MedusaResponse<EmployerContactResponse>) {
  const employer = await requireEmployer(req)
  const { result } = await revealContactWorkflow(req.scope).run({
    input: {
      application_id: req.params.application_id,
      actor: { type: "employer", employer_id: employer.id, actor_id: ownerOf(req).actor_id },
    },
  })
  res.json({
    contact: result.contact,
    reveal: { id: result.reveal_id, used_today: result.used_today, limit_per_day: result.limit_per_day },
  })
}
