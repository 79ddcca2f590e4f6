import { model } from "@medusajs/framework/utils"
import Enrolment from "./enrolment"

/** A lesson the learner has finished (once: unique per enrolment and lesson). */
const LessonProgress = model
  .define("lesson_progress", {
    id: model.id({ prefix: "lprg" }).primaryKey(),
    lesson_id: model.text(),
    completed_at: model.dateTime(),
    enrolment: model.belongsTo(() => Enrolment, { mappedBy: "progress" }),
  })
  .indexes([{ on: ["enrolment_id", "lesson_id"], unique: true, where: "deleted_at IS NULL" }])

export default LessonProgress
