import { model } from "@medusajs/framework/utils"

/**
 * A karigar's application to a post: one per karigar per post (unique). The employer moves it
 * `applied` → `shortlisted` → `hired`, or `rejected`; the karigar may withdraw. Contact details of
 * both sides are revealed only when it is shortlisted (or hired) and the karigar shares contact.
 */
const JobApplication = model
  .define("job_application", {
    id: model.id({ prefix: "japp" }).primaryKey(),
    post_id: model.text(),
    karigar_id: model.text(),
    employer_id: model.text(),
    status: model.enum(["applied", "shortlisted", "rejected", "hired", "withdrawn"]).default("applied"),
    note: model.text().nullable(),
    shortlisted_at: model.dateTime().nullable(),
    decided_at: model.dateTime().nullable(),
    contact_shared_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["post_id", "karigar_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["karigar_id"] },
    { on: ["employer_id", "status"] },
  ])

export default JobApplication
