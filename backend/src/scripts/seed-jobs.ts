import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedJobs } from "./seed/jobs"

/**
 * Adds the Jobs+ demo data (karigars, employer profiles, posts, applications) to a database seeded
 * before it existed; safe to run again. In backend/: `npx medusa exec ./src/scripts/seed-jobs.ts`
 */
export default async function seedJobsData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await seedJobs(container, (step) => logger.info(`[seed] ${step}`))
  logger.info("[seed] jobs done")
}
