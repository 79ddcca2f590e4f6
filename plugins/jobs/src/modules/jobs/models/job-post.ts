import { model } from "@medusajs/framework/utils"

/**
 * A job: what is needed, on what terms, where (area and landmark; the full `address` is shown only
 * to karigars who are hired). Moderated: `pending` → `live` / `rejected`; a live post becomes
 * `filled` when its openings are taken, `closed` by its employer, `expired` past `expires_at`, or
 * `removed` by the platform (hidden everywhere but the admin).
 */
const JobPost = model
  .define("job_post", {
    id: model.id({ prefix: "job" }).primaryKey(),
    employer_id: model.text(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    /** [{ trade, level }] the job needs. */
    // A list of { trade, level }; DML types a json column as a record, hence the cast of the default.
    skills: model.json().default([] as unknown as Record<string, unknown>),
    trades: model.array().default([]),
    employment_type: model.enum(["daily", "short_term", "long_term"]),
    /** Whole rupees per `wage_period`. */
    wage_amount: model.number(),
    wage_period: model.enum(["day", "month"]),
    /** e.g. ["morning", "evening"]. */
    shifts: model.array().default([]),
    area: model.text(),
    landmark: model.text().nullable(),
    /** Private until hired. */
    address: model.text().nullable(),
    openings: model.number(),
    /** Hires so far; never above `openings` (changed only under a row lock). */
    filled: model.number().default(0),
    starts_on: model.dateTime(),
    /** Short-term jobs end; others may leave it empty. */
    ends_on: model.dateTime().nullable(),
    expires_at: model.dateTime(),
    status: model.enum(["pending", "live", "rejected", "filled", "closed", "expired", "removed"]).default("pending"),
    moderation_note: model.text().nullable(),
    moderated_at: model.dateTime().nullable(),
    report_count: model.number().default(0),
  })
  .indexes([{ on: ["status", "expires_at"] }, { on: ["employer_id", "status"] }, { on: ["area"] }])

export default JobPost
