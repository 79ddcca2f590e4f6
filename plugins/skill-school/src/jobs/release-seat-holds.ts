import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseLapsedSeatsWorkflow } from "../workflows"

/** Every minute: workshop seats held past their time go back on sale. */
export default async function releaseSeatHolds(container: MedusaContainer) {
  await releaseLapsedSeatsWorkflow(container).run()
}

export const config = {
  name: "skill-school-release-seat-holds",
  schedule: "* * * * *",
}
