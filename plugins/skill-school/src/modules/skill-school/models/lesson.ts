import { model } from "@medusajs/framework/utils"
import Course from "./course"

/**
 * One lesson of a course, in `position` order. Its files (the lesson's own file and downloadable
 * sheets) live in Medusa's file module as private files: `files` keeps their keys, which never leave
 * the server; learners download them through an authorised route.
 */
const Lesson = model
  .define("lesson", {
    id: model.id({ prefix: "lsn" }).primaryKey(),
    position: model.number().default(0),
    title: model.text(),
    kind: model.enum(["video", "text", "file"]).default("text"),
    body: model.text().nullable(),
    video_url: model.text().nullable(),
    /** [{ key, name, mime_type, size }] */
    // A JSON list: the DML types a json default as an object.
    files: model.json().default([] as unknown as Record<string, unknown>),
    is_preview: model.boolean().default(false),
    duration_minutes: model.number().nullable(),
    course: model.belongsTo(() => Course, { mappedBy: "lessons" }),
  })
  .indexes([{ on: ["course_id", "position"] }])

export default Lesson
