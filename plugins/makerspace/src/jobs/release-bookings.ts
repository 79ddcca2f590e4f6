import type { MedusaContainer } from "@medusajs/framework/types"
import { MAKERSPACE_MODULE } from "../modules/makerspace"
import type MakerspaceModuleService from "../modules/makerspace/service"

/** Every minute: lapsed checkout holds expire, and no-shows past the grace period are released. */
export default async function releaseBookings(container: MedusaContainer) {
  const service = container.resolve(MAKERSPACE_MODULE) as MakerspaceModuleService
  await service.expireLapsedHolds()
  await service.releaseNoShows(service.policy().no_show_grace_minutes)
}

export const config = {
  name: "makerspace-release-bookings",
  schedule: "* * * * *",
}
