import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SkillSchoolEvents, type SkillSchoolEventPayloads } from "@dharavi/skill-school/contract"
import { MAKERSPACE_MODULE, type MakerspaceModuleService } from "../modules/makerspace"

type QualificationEarned = SkillSchoolEventPayloads[typeof SkillSchoolEvents.QUALIFICATION_EARNED]

/**
 * A Skill School course that grants a qualification was completed: the learner holds it from now on
 * (source `skill-school:<course id>`). Granted the way `POST /admin/qualifications/:id/holders` grants
 * it, through this module's own service; idempotent, so a redelivered event grants nothing new. A
 * qualification deleted since the course was set up is skipped (the certificate still names it).
 */
export default async function grantEarnedQualification({ event, container }: SubscriberArgs<QualificationEarned>) {
  const { customer_id, qualification_id, course_id } = event.data
  const service = container.resolve<MakerspaceModuleService>(MAKERSPACE_MODULE)
  const [qualification] = await service.listQualifications({ id: qualification_id }, { select: ["id"] })
  if (!qualification) return
  const held = () => service.listCustomerQualifications({ customer_id, qualification_id }, { select: ["id"] })
  if ((await held()).length) return
  try {
    await service.createCustomerQualifications({ customer_id, qualification_id, source: `skill-school:${course_id}` })
  } catch (error) {
    // The same event delivered twice at once: the unique (customer, qualification) index let one in.
    if ((await held()).length) return
    throw error
  }
}

export const config: SubscriberConfig = {
  event: SkillSchoolEvents.QUALIFICATION_EARNED,
  context: { subscriberId: "makerspace-grant-earned-qualification" },
}
