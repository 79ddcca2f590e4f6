import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedSkillSchool } from "./seed/skill-school"

/**
 * Adds the Skill School demo data (courses, lessons, workshops) to a database seeded before it
 * existed; safe to run again. In backend/: `npx medusa exec ./src/scripts/seed-skill-school.ts`
 */
export default async function seedSkillSchoolData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await seedSkillSchool(container, (step) => logger.info(`[seed] ${step}`))
  logger.info("[seed] skill school done")
}
