import { model } from "@medusajs/framework/utils"
import Lesson from "./lesson"
import Enrolment from "./enrolment"
import WorkshopSession from "./workshop-session"

/**
 * A course in the library. Paid courses are sold through their Medusa product (`product_id`), so
 * prices, currencies, price lists and promotions are Medusa's; free courses have no product and are
 * joined with one tap. The teacher is a marketplace seller or a named outside expert.
 */
const Course = model
  .define("course", {
    id: model.id({ prefix: "crs" }).primaryKey(),
    handle: model.text(),
    title: model.text(),
    /** Titles in other languages: { hi?, mr? } */
    title_i18n: model.json().nullable(),
    summary: model.text().nullable(),
    description: model.text().nullable(),
    teacher_type: model.enum(["seller", "expert"]).default("expert"),
    teacher_seller_id: model.text().nullable(),
    teacher_name: model.text(),
    teacher_bio: model.text().nullable(),
    /** Languages it is taught in: "en", "hi", "mr", … */
    languages: model.array().default([]),
    level: model.enum(["beginner", "intermediate", "advanced"]).default("beginner"),
    /** A trade or topic code: "leather", "pottery", "embroidery", "finance", … */
    craft: model.text(),
    thumbnail: model.text().nullable(),
    status: model.enum(["draft", "published"]).default("draft"),
    is_free: model.boolean().default(false),
    product_id: model.text().nullable(),
    /** A makerspace qualification (by id) granted on completion; kept even without the makerspace plugin. */
    grants_qualification_id: model.text().nullable(),
    lessons: model.hasMany(() => Lesson, { mappedBy: "course" }),
    enrolments: model.hasMany(() => Enrolment, { mappedBy: "course" }),
    sessions: model.hasMany(() => WorkshopSession, { mappedBy: "course" }),
  })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id"], unique: true, where: "deleted_at IS NULL AND product_id IS NOT NULL" },
    { on: ["status", "craft"] },
  ])
  .cascades({ delete: ["lessons", "sessions"] })

export default Course
