import { model } from "@medusajs/framework/utils"
import CustomerQualification from "./customer-qualification"

/** A named skill a machine may require (e.g. "laser-cutter-safety"); Skill School grants them. */
const Qualification = model
  .define("qualification", {
    id: model.id({ prefix: "qual" }).primaryKey(),
    code: model.text(),
    /** { en, hi?, mr? } */
    name: model.json(),
    holders: model.hasMany(() => CustomerQualification, { mappedBy: "qualification" }),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])

export default Qualification
