import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  ApplicationActor,
  applyToPostStep,
  hireApplicationStep,
  moveApplicationStep,
  revealContactStep,
  shareContactStep,
} from "./steps/application-steps"
import { JobsEvents, type ApplicationStatus } from "../contract"

/** One tap: a karigar applies to a live post (once). Event: `application.created`. */
export const applyToJobWorkflow = createWorkflow(
  "apply-to-job",
  (input: { post_id: string; customer_id: string; note?: string | null }) => {
    const application = applyToPostStep(input)
    emitEventStep({
      eventName: JobsEvents.APPLICATION_CREATED,
      data: transform({ application }, ({ application }) => ({
        id: application.id,
        post_id: application.post_id,
        karigar_id: application.karigar_id,
      })),
    })
    return new WorkflowResponse(application)
  }
)

/** The employer shortlists or rejects an application. Events: `application.shortlisted`, `application.rejected`. */
export const decideApplicationWorkflow = createWorkflow(
  "decide-job-application",
  (input: { application_id: string; employer_id: string; actor_id: string; decision: "shortlisted" | "rejected" }) => {
    const application = moveApplicationStep(
      transform({ input }, ({ input }) => ({
        application_id: input.application_id,
        actor: {
          type: "employer" as const,
          employer_id: input.employer_id,
          actor_id: input.actor_id,
        } as ApplicationActor,
        from: (input.decision === "shortlisted" ? ["applied"] : ["applied", "shortlisted"]) as ApplicationStatus[],
        to: input.decision as ApplicationStatus,
      }))
    )
    emitEventStep({
      eventName: transform({ input }, ({ input }) =>
        input.decision === "shortlisted" ? JobsEvents.APPLICATION_SHORTLISTED : JobsEvents.APPLICATION_REJECTED
      ),
      data: transform({ input }, ({ input }) => ({ id: input.application_id })),
    })
    return new WorkflowResponse(application)
  }
)

/**
 * The employer hires: one opening is taken under the post's row lock; the last one fills the post.
 * Events: `application.hired`, and `job_post.filled` with the last opening.
 */
export const hireApplicationWorkflow = createWorkflow(
  "hire-job-application",
  (input: { application_id: string; employer_id: string }) => {
    const hired = hireApplicationStep(input)
    emitEventStep({
      eventName: JobsEvents.APPLICATION_HIRED,
      data: transform({ hired }, ({ hired }) => ({ id: hired.application_id, post_id: hired.post_id })),
    })
    when({ hired }, ({ hired }) => hired.post_status === "filled").then(() => {
      emitEventStep({
        eventName: JobsEvents.JOB_POST_FILLED,
        data: transform({ hired }, ({ hired }) => ({ id: hired.post_id })),
      }).config({ name: "emit-job-post-filled" })
    })
    return new WorkflowResponse(hired)
  }
)

/** The karigar withdraws an application. Event: `application.withdrawn`. */
export const withdrawApplicationWorkflow = createWorkflow(
  "withdraw-job-application",
  (input: { application_id: string; karigar_id: string; actor_id: string }) => {
    const application = moveApplicationStep(
      transform({ input }, ({ input }) => ({
        application_id: input.application_id,
        actor: { type: "karigar" as const, karigar_id: input.karigar_id, actor_id: input.actor_id } as ApplicationActor,
        from: ["applied" as const, "shortlisted" as const],
        to: "withdrawn" as const,
      }))
    )
    emitEventStep({
      eventName: JobsEvents.APPLICATION_WITHDRAWN,
      data: transform({ input }, ({ input }) => ({ id: input.application_id })),
    })
    return new WorkflowResponse(application)
  }
)

/**
 * The karigar agrees to share contact details on an application (or takes it back). Event:
 * `application.contact_shared` / `.contact_unshared`, only when this call changed the consent.
 */
export const shareContactWorkflow = createWorkflow(
  "share-job-contact",
  (input: { application_id: string; karigar_id: string; share: boolean }) => {
    const shared = shareContactStep(input)
    when({ shared }, ({ shared }) => shared.changed).then(() => {
      emitEventStep({
        eventName: transform({ input }, ({ input }) =>
          input.share ? JobsEvents.APPLICATION_CONTACT_SHARED : JobsEvents.APPLICATION_CONTACT_UNSHARED
        ),
        data: transform({ input }, ({ input }) => ({ id: input.application_id })),
      })
    })
    return new WorkflowResponse(transform({ shared }, ({ shared }) => shared.application))
  }
)

/** Reveals the other side's contact on an application (consent checked, logged, rate-limited). Event: `contact.revealed`. */
export const revealContactWorkflow = createWorkflow(
  "reveal-job-contact",
  (input: { application_id: string; actor: ApplicationActor }) => {
    const revealed = revealContactStep(input)
    emitEventStep({
      eventName: JobsEvents.CONTACT_REVEALED,
      data: transform({ revealed }, ({ revealed }) => ({
        id: revealed.reveal_id,
        application_id: revealed.application_id,
        viewer_type: revealed.viewer.type,
        viewer_id: revealed.viewer.id,
        subject_type: revealed.subject.type,
        subject_id: revealed.subject.id,
      })),
    })
    return new WorkflowResponse(revealed)
  }
)
