import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoBuyer, seedWholesale } from "./seed/wholesale"

/**
 * Adds the wholesale demo data (customer group, tier price list, variant and seller terms) to a
 * database seeded before it existed; safe to run again. In backend/:
 * `npx medusa exec ./src/scripts/seed-wholesale.ts`
 */
export default async function seedWholesaleData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedWholesale(container, (step) => logger.info(`[seed] ${step}`))
  await seedDemoBuyer(container, (step) => logger.info(`[seed] ${step}`))
  logger.info(
    `[seed] wholesale done: ${result.prices} tier prices, ${result.variant_terms} variant terms, ${result.seller_terms} seller terms added`
  )
}
