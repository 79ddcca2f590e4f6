import { model } from "@medusajs/framework/utils"
import Course from "./course"
import LessonProgress from "./lesson-progress"

/** A customer's place on a course: bought (an order), free, a workshop seat, or granted by an admin. One per customer and course. */
const Enrolment = model
  .define("enrolment", {
    id: model.id({ prefix: "enr" }).primaryKey(),
    customer_id: model.text(),
    source: model.enum(["order", "free", "workshop", "admin"]).default("order"),
    order_id: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
    course: model.belongsTo(() => Course, { mappedBy: "enrolments" }),
    progress: model.hasMany(() => LessonProgress, { mappedBy: "enrolment" }),
  })
  .indexes([{ on: ["course_id", "customer_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["customer_id"] }])
  .cascades({ delete: ["progress"] })

export default Enrolment
