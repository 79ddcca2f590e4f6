import { model } from "@medusajs/framework/utils"

/**
 * One searchable thing (a product, maker, course, live job post or tool-house) as the PostgreSQL
 * provider indexes it: a projection of public fields, rebuilt from its source record whenever that
 * changes. The migration adds what `model.define` cannot declare: the weighted `search_vector`
 * (GIN) and the `search_word` vocabulary (pg_trgm GIN) that typos are corrected against.
 */
const SearchDocument = model
  .define("search_document", {
    id: model.id({ prefix: "sdoc" }).primaryKey(),
    type: model.enum(["product", "maker", "course", "job", "tool_house"]),
    /** The source record's id. */
    ref_id: model.text(),
    handle: model.text().nullable(),
    title: model.text(),
    title_i18n: model.json().nullable(),
    subtitle: model.text().nullable(),
    body: model.text().nullable(),
    keywords: model.array().default([]),
    categories: model.array().default([]),
    category_labels: model.json().nullable(),
    crafts: model.array().default([]),
    area: model.text().nullable(),
    languages: model.array().default([]),
    /** { inr: { min, max }, usd: ..., eur: ... } in main units. */
    prices: model.json().nullable(),
    wholesale: model.boolean().default(false),
    thumbnail: model.text().nullable(),
    data: model.json().nullable(),
    /** Folded titles, subtitle and keywords: the title-first bonus and the typo vocabulary come from it. */
    trgm_text: model.text().default(""),
  })
  .indexes([{ on: ["type", "ref_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["type"] }])

export default SearchDocument
