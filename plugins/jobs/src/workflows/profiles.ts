import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  EmployerInput,
  KarigarInput,
  setKarigarStatusStep,
  upsertEmployerProfileStep,
  upsertKarigarProfileStep,
  verifyEmployerStep,
} from "./steps/profile-steps"
import { JobsEvents } from "../contract"

/** A customer creates or updates their karigar profile. Events: `karigar_profile.created` / `.updated`. */
export const upsertKarigarProfileWorkflow = createWorkflow(
  "upsert-karigar-profile",
  (input: { customer_id: string; data: KarigarInput }) => {
    const result = upsertKarigarProfileStep(input)
    emitEventStep({
      eventName: transform({ result }, ({ result }) =>
        result.created ? JobsEvents.KARIGAR_PROFILE_CREATED : JobsEvents.KARIGAR_PROFILE_UPDATED
      ),
      data: transform({ result }, ({ result }) => ({ id: result.profile.id })),
    })
    return new WorkflowResponse(transform({ result }, ({ result }) => result.profile))
  }
)

/** A seller (by a member) or a business customer creates or updates its employer profile. */
export const upsertEmployerProfileWorkflow = createWorkflow(
  "upsert-employer-profile",
  (input: {
    kind: "seller" | "business"
    seller_id?: string | null
    customer_id?: string | null
    data: EmployerInput
  }) => {
    const result = upsertEmployerProfileStep(input)
    emitEventStep({
      eventName: transform({ result }, ({ result }) =>
        result.created ? JobsEvents.EMPLOYER_PROFILE_CREATED : JobsEvents.EMPLOYER_PROFILE_UPDATED
      ),
      data: transform({ result }, ({ result }) => ({ id: result.profile.id })),
    })
    return new WorkflowResponse(transform({ result }, ({ result }) => result.profile))
  }
)

/** The platform gives or takes an employer's verified badge. Event: `employer_profile.verified` / `.unverified`. */
export const verifyEmployerWorkflow = createWorkflow(
  "verify-job-employer",
  (input: { employer_id: string; verified: boolean }) => {
    const employer = verifyEmployerStep(input)
    emitEventStep({
      eventName: transform({ input }, ({ input }) =>
        input.verified ? JobsEvents.EMPLOYER_PROFILE_VERIFIED : JobsEvents.EMPLOYER_PROFILE_UNVERIFIED
      ),
      data: transform({ input }, ({ input }) => ({ id: input.employer_id })),
    })
    return new WorkflowResponse(employer)
  }
)

/** The platform hides a karigar profile or shows it again. Event: `karigar_profile.hidden` / `.activated`. */
export const setKarigarStatusWorkflow = createWorkflow(
  "set-karigar-status",
  (input: { karigar_id: string; status: "active" | "hidden" }) => {
    const karigar = setKarigarStatusStep(input)
    emitEventStep({
      eventName: transform({ input }, ({ input }) =>
        input.status === "hidden" ? JobsEvents.KARIGAR_PROFILE_HIDDEN : JobsEvents.KARIGAR_PROFILE_ACTIVATED
      ),
      data: transform({ input }, ({ input }) => ({ id: input.karigar_id })),
    })
    return new WorkflowResponse(karigar)
  }
)
