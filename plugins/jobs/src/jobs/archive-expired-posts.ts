import type { MedusaContainer } from "@medusajs/framework/types"
import { archiveExpiredPostsWorkflow } from "../workflows/posts"

/** Job posts past their expiry leave the board by themselves. */
export default async function archiveExpiredJobPosts(container: MedusaContainer) {
  await archiveExpiredPostsWorkflow(container).run({ input: {} })
}

export const config = { name: "jobs-archive-expired-posts", schedule: "*/15 * * * *" }
