import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SkillSchool from "../modules/skill-school"

/**
 * A paid course is sold as a Medusa product. Read-only: the course keeps the product's id itself
 * (`product_id`), so `query.graph` can read `course.product.*` with no link table to keep in step.
 */
export default defineLink(
  { linkable: SkillSchool.linkable.course, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
