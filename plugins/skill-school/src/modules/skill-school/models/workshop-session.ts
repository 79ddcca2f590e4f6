import { model } from "@medusajs/framework/utils"
import Course from "./course"
import WorkshopSeat from "./workshop-seat"

/**
 * A dated, live session of a course, online or at a place in Dharavi, with `seat_limit` seats. A
 * paid session's seat is priced by a Medusa variant (`variant_id`). The online link is private:
 * only attendees with a confirmed seat see it.
 */
const WorkshopSession = model
  .define("workshop_session", {
    id: model.id({ prefix: "wks" }).primaryKey(),
    title: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    timezone: model.text().default("Asia/Kolkata"),
    mode: model.enum(["online", "in_person"]).default("in_person"),
    online_url: model.text().nullable(),
    place: model.text().nullable(),
    language: model.text().default("hi"),
    seat_limit: model.number(),
    variant_id: model.text().nullable(),
    status: model.enum(["scheduled", "cancelled"]).default("scheduled"),
    course: model.belongsTo(() => Course, { mappedBy: "sessions" }),
    seats: model.hasMany(() => WorkshopSeat, { mappedBy: "session" }),
  })
  .indexes([{ on: ["course_id", "starts_at"] }, { on: ["starts_at"] }])

export default WorkshopSession
