import { model } from "@medusajs/framework/utils"

/**
 * A karigar's work profile: what they can do, where and when they can work, what they expect to
 * earn. A customer has at most one. `phone` and `email` are private: they leave the module only
 * through a consented, logged contact reveal (see ContactReveal), never in a public view.
 */
const KarigarProfile = model
  .define("karigar_profile", {
    id: model.id({ prefix: "kar" }).primaryKey(),
    customer_id: model.text(),
    name: model.text().searchable(),
    photo_url: model.text().nullable(),
    /** [{ trade, level }] from src/lib/trades.ts. */
    // A list of { trade, level }; DML types a json column as a record, hence the cast of the default.
    skills: model.json().default([] as unknown as Record<string, unknown>),
    /** The trade codes of `skills`, for filtering in SQL. */
    trades: model.array().default([]),
    years_experience: model.number().default(0),
    /** Language codes, e.g. ["hi", "mr", "ur", "ta"]. */
    languages: model.array().default([]),
    /** What the karigar expects, in whole rupees, per `wage_period`. */
    expected_wage: model.number().nullable(),
    wage_period: model.enum(["day", "month"]).default("day"),
    area: model.text(),
    available_from: model.dateTime().nullable(),
    available_tomorrow: model.boolean().default(false),
    portfolio_urls: model.array().default([]),
    story: model.text().nullable(),
    /** Private contact. */
    phone: model.text().nullable(),
    email: model.text().nullable(),
    /** `hidden` by the platform: off the matching lists and public views. */
    status: model.enum(["active", "hidden"]).default("active"),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["area"] }])

export default KarigarProfile
