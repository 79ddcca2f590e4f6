import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { notFound } from "@dharavi/errors"
import { sellerMember } from "@dharavi/seller-access"
import { JobsErrors, type JobsErrorDetails } from "../../contract"
import { JOBS_MODULE } from "../../modules/jobs"

/** Who acts as an employer on a request: a seller (through a member) or a business customer. */
export type EmployerOwner =
  { kind: "seller"; seller_id: string; actor_id: string } | { kind: "business"; customer_id: string; actor_id: string }

export type JobsRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { jobs_employer_owner?: EmployerOwner }

/** Scopes /vendors/sellers/:seller_id/jobs routes to the caller's membership of that seller; writes wait while it is suspended. */
export const sellerEmployer = (options: { writes?: boolean } = {}) =>
  sellerMember({
    writes: options.writes,
    withoutMarketplace: "Hiring as a seller needs the marketplace plugin",
    whileSuspended: "This seller is suspended; hiring is paused until the platform re-activates it",
    attach: (req, membership) => {
      ;(req as JobsRequest).jobs_employer_owner = {
        kind: "seller",
        seller_id: membership.seller_id,
        actor_id: membership.user_id,
      }
    },
  })

/** Store routes under /store/jobs/employer: the logged-in customer acts as a business employer. */
export function customerEmployer() {
  return async (request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const req = request as JobsRequest
    const customerId = req.auth_context?.actor_id
    if (!customerId) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in first"))
    req.jobs_employer_owner = { kind: "business", customer_id: customerId, actor_id: customerId }
    next()
  }
}

export function ownerOf(req: JobsRequest): EmployerOwner {
  const owner = req.jobs_employer_owner
  if (!owner) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in first")
  return owner
}

/** The employer profile of the caller's seller or business; null when it has none yet. */
export async function findEmployer(req: JobsRequest) {
  const owner = ownerOf(req)
  const filter = owner.kind === "seller" ? { seller_id: owner.seller_id } : { customer_id: owner.customer_id }
  const [employer] = await req.scope.resolve(JOBS_MODULE).listEmployerProfiles(filter)
  return employer ?? null
}

export async function requireEmployer(req: JobsRequest) {
  const employer = await findEmployer(req)
  if (!employer) {
    throw notFound<JobsErrorDetails["employer_profile_required"]>(
      JobsErrors.EMPLOYER_PROFILE_REQUIRED,
      "Create the employer profile first (POST …/jobs/employer)",
      {}
    )
  }
  return employer
}

/** The logged-in customer's karigar profile; null when they have none. */
export async function findKarigar(req: AuthenticatedMedusaRequest) {
  const customerId = req.auth_context?.actor_id
  if (!customerId) return null
  const [karigar] = await req.scope.resolve(JOBS_MODULE).listKarigarProfiles({ customer_id: customerId })
  return karigar ?? null
}

export async function requireKarigar(req: AuthenticatedMedusaRequest) {
  const karigar = await findKarigar(req)
  if (!karigar) {
    throw notFound<JobsErrorDetails["karigar_profile_required"]>(
      JobsErrors.KARIGAR_PROFILE_REQUIRED,
      "Create your karigar profile first (POST /store/jobs/profile)",
      {}
    )
  }
  return karigar
}
