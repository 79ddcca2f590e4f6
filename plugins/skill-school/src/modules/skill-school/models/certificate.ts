import { model } from "@medusajs/framework/utils"

/**
 * Issued when an enrolment completes; its `code` is printed on the PDF and checked on a public page.
 * The holder's name and course title are copied so the certificate reads the same later.
 */
const Certificate = model
  .define("certificate", {
    id: model.id({ prefix: "cert" }).primaryKey(),
    code: model.text(),
    enrolment_id: model.text(),
    course_id: model.text(),
    customer_id: model.text(),
    holder_name: model.text(),
    course_title: model.text(),
    teacher_name: model.text(),
    issued_at: model.dateTime(),
    /** The makerspace qualification it granted, if any. */
    qualification_id: model.text().nullable(),
  })
  .indexes([
    { on: ["code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["enrolment_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id"] },
  ])

export default Certificate
