import { model } from "@medusajs/framework/utils"

/** A customer reports a post ("asks workers for money", ...); the platform works through the queue. */
const JobReport = model
  .define("job_report", {
    id: model.id({ prefix: "jrep" }).primaryKey(),
    post_id: model.text(),
    reporter_id: model.text(),
    reason: model.enum(["asks_for_money", "fake_job", "unsafe_work", "wrong_wage", "child_labour", "other"]),
    details: model.text().nullable(),
    status: model.enum(["open", "dismissed", "actioned"]).default("open"),
    resolution_note: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["post_id", "reporter_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["status"] }])

export default JobReport
