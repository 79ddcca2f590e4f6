import { model } from "@medusajs/framework/utils"

/** Append-only log: who saw whose contact details, for which application, and when. */
const ContactReveal = model
  .define("contact_reveal", {
    id: model.id({ prefix: "jrev" }).primaryKey(),
    application_id: model.text(),
    viewer_type: model.enum(["employer", "karigar"]),
    /** Employer or karigar profile id of the viewer. */
    viewer_id: model.text(),
    /** Who acted: the customer or seller user id behind the viewer. */
    actor_id: model.text(),
    subject_type: model.enum(["employer", "karigar"]),
    subject_id: model.text(),
  })
  .indexes([{ on: ["viewer_type", "viewer_id", "created_at"] }, { on: ["application_id"] }])

export default ContactReveal
