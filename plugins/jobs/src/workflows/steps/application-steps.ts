import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { forbidden, notAllowed } from "@dharavi/errors"
import { JobsErrors, type JobsErrorDetails } from "../../contract"
import { contactOpen } from "../../lib/jobs"
import type { ApplicationStatus } from "../../modules/jobs/service"
import { JOBS_MODULE } from "../../modules/jobs"

/** 400 application_not_open: the application is already past the state this change needs (reloaded, not raced). */
const notOpen = (application: { id: string; status: string }, message: string) =>
  notAllowed<JobsErrorDetails["application_not_open"]>(JobsErrors.APPLICATION_NOT_OPEN, message, {
    application_id: application.id,
    status: application.status,
  })

export type ApplicationActor =
  | { type: "employer"; employer_id: string; actor_id: string }
  | { type: "karigar"; karigar_id: string; actor_id: string }

/** The application, if the actor is on it: the employer of its post or the karigar who applied. Anyone else: not found. */
export async function applicationFor(container: MedusaContainer, applicationId: string, actor: ApplicationActor) {
  const jobs = container.resolve(JOBS_MODULE)
  const scope = actor.type === "employer" ? { employer_id: actor.employer_id } : { karigar_id: actor.karigar_id }
  const [application] = await jobs.listJobApplications({ id: applicationId, ...scope })
  if (!application) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Application ${applicationId} was not found`)
  return application
}

/** One tap: the customer's karigar profile applies to a live post. */
export const applyToPostStep = createStep(
  "apply-to-job-post",
  async (input: { post_id: string; customer_id: string; note?: string | null }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const [karigar] = await jobs.listKarigarProfiles({ customer_id: input.customer_id })
    if (!karigar) {
      throw notAllowed<JobsErrorDetails["karigar_profile_required"]>(
        JobsErrors.KARIGAR_PROFILE_REQUIRED,
        "Create your karigar profile first, then apply",
        {}
      )
    }
    if (karigar.status !== "active") {
      throw notAllowed<JobsErrorDetails["karigar_hidden"]>(
        JobsErrors.KARIGAR_HIDDEN,
        "Your karigar profile is hidden by the platform",
        { karigar_id: karigar.id }
      )
    }
    const [post] = await jobs.listJobPosts({ id: input.post_id, status: ["live", "filled", "closed", "expired"] })
    if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Job post ${input.post_id} was not found`)
    if (post.status !== "live" || new Date(post.expires_at).getTime() <= Date.now()) {
      throw notAllowed<JobsErrorDetails["post_not_open"]>(
        JobsErrors.POST_NOT_OPEN,
        post.status === "filled" ? "All openings of this job are filled" : "This job is no longer taking applications",
        { post_id: post.id, status: post.status === "live" ? "expired" : post.status }
      )
    }
    const employer = await jobs.retrieveEmployerProfile(post.employer_id)
    if (employer.customer_id && employer.customer_id === input.customer_id) {
      throw notAllowed<JobsErrorDetails["own_post"]>(JobsErrors.OWN_POST, "You cannot apply to your own job post", {
        post_id: post.id,
      })
    }
    const { id } = await jobs.applyOnce({
      post_id: post.id,
      karigar_id: karigar.id,
      employer_id: post.employer_id,
      note: input.note,
    })
    const application = await jobs.retrieveJobApplication(id)
    return new StepResponse(application, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(JOBS_MODULE).deleteJobApplications(id)
  }
)

/** The employer shortlists or rejects; the karigar withdraws. Each a conditional update. */
export const moveApplicationStep = createStep(
  "move-job-application",
  async (
    input: { application_id: string; actor: ApplicationActor; from: ApplicationStatus[]; to: ApplicationStatus },
    { container }
  ) => {
    const jobs = container.resolve(JOBS_MODULE)
    const application = await applicationFor(container, input.application_id, input.actor)
    if (!input.from.includes(application.status as ApplicationStatus)) {
      throw notOpen(application, `This application is ${application.status}, so it cannot become ${input.to}`)
    }
    const moved = await jobs.transitionApplication(application.id, input.from, input.to)
    return new StepResponse(await jobs.retrieveJobApplication(application.id), {
      id: application.id,
      status: moved.previous,
      shortlisted_at: application.shortlisted_at,
      decided_at: application.decided_at,
    })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(JOBS_MODULE).updateJobApplications(undo)
  }
)

/** Hires under the post's row lock (JobsModuleService.hire): never more hires than openings. */
export const hireApplicationStep = createStep(
  "hire-job-application",
  async (input: { application_id: string; employer_id: string }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const application = await applicationFor(container, input.application_id, {
      type: "employer",
      employer_id: input.employer_id,
      actor_id: "",
    })
    if (!["applied", "shortlisted"].includes(application.status)) {
      throw notOpen(application, `This application is ${application.status}, so it cannot be hired`)
    }
    const hired = await jobs.hire(application.id)
    return new StepResponse(hired, { id: application.id, previous: hired.previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(JOBS_MODULE).unhire(undo.id, undo.previous)
  }
)

/**
 * The karigar agrees (or no longer agrees) to share contact details on an application: a conditional
 * update (JobsModuleService.setContactShared), so a tap racing a withdrawal cannot share on a
 * withdrawn application, and parallel taps keep one consent time. `changed` is false for a repeat.
 */
export const shareContactStep = createStep(
  "share-job-contact",
  async (input: { application_id: string; karigar_id: string; share: boolean }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const application = await applicationFor(container, input.application_id, {
      type: "karigar",
      karigar_id: input.karigar_id,
      actor_id: "",
    })
    if (["withdrawn", "rejected"].includes(application.status))
      throw notOpen(application, `This application is ${application.status}`)
    const { changed, previous } = await jobs.setContactShared(application.id, input.share)
    const updated = await jobs.retrieveJobApplication(application.id)
    return new StepResponse(
      { application: updated, changed },
      changed ? { id: application.id, contact_shared_at: previous } : null
    )
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(JOBS_MODULE).updateJobApplications(undo)
  }
)

/**
 * Reveals the other side's contact details on an application, only when the employer shortlisted
 * (or hired) the karigar AND the karigar shared contact; logs who saw whose contact; employers are
 * limited per day (the `reveal_limit_per_day` option).
 */
export const revealContactStep = createStep(
  "reveal-job-contact",
  async (input: { application_id: string; actor: ApplicationActor }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const application = await applicationFor(container, input.application_id, input.actor)
    if (!contactOpen(application)) {
      const waiting_for = application.contact_shared_at ? "shortlist" : "consent"
      throw forbidden<JobsErrorDetails["contact_not_open"]>(
        JobsErrors.CONTACT_NOT_OPEN,
        waiting_for === "shortlist"
          ? "Contact details are shared once the employer shortlists the application"
          : "Contact details are shared once the karigar agrees to share them",
        { application_id: application.id, waiting_for }
      )
    }
    let contact: { name: string; phone: string | null; email: string | null }
    let subject: { type: "employer" | "karigar"; id: string }
    let viewer: { type: "employer" | "karigar"; id: string }
    if (input.actor.type === "employer") {
      const k = await jobs.retrieveKarigarProfile(application.karigar_id)
      contact = { name: k.name, phone: k.phone ?? null, email: k.email ?? null }
      subject = { type: "karigar", id: k.id }
      viewer = { type: "employer", id: input.actor.employer_id }
    } else {
      const e = await jobs.retrieveEmployerProfile(application.employer_id)
      contact = { name: e.name, phone: e.phone ?? null, email: e.email ?? null }
      subject = { type: "employer", id: e.id }
      viewer = { type: "karigar", id: input.actor.karigar_id }
    }
    const logged = await jobs.logReveal({
      application_id: application.id,
      viewer_type: viewer.type,
      viewer_id: viewer.id,
      actor_id: input.actor.actor_id,
      subject_type: subject.type,
      subject_id: subject.id,
    })
    return new StepResponse(
      {
        application_id: application.id,
        reveal_id: logged.id,
        subject,
        viewer,
        contact,
        used_today: logged.used_today,
        limit_per_day: logged.limit,
      },
      logged.id
    )
  },
  async (id, { container }) => {
    if (id) await container.resolve(JOBS_MODULE).deleteContactReveals(id)
  }
)
