import type { MedusaContainer } from "@medusajs/framework/types"
import { MAKERSPACE_MODULE } from "../modules/makerspace"

/** Every minute: lapsed checkout holds expire, and no-shows past the grace period are released. */
export default async function releaseBookings(container: MedusaContainer) {
  const service = container.resolve(MAKERSPACE_MODULE)
  await service.expireLapsedHolds()
  await service.releaseNoShows(service.policy().no_show_grace_minutes)
}

export const config = {
  name: "makerspace-release-bookings",
  schedule: "* * * * *",
}
