import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { notFound } from "@dharavi/errors"
import { SkillSchoolErrors } from "../../../../../../../../contract"
import { safeFileHeaders } from "@dharavi/uploads"
import { filesOf } from "../../../../../../../../lib/views"
import { assertLessonAccess, lessonOf, publishedCourse } from "../../../../../../../utils/school"

/**
 * Streams one of a lesson's files to someone allowed to read the lesson. The file is private in
 * Medusa's file module: this route is the only way to it, and its key never leaves the server.
 * Always a download, with nosniff and a CSP without script, whatever the file holds.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const course = await publishedCourse(req.scope, req.params.id)
  const lesson = await lessonOf(req.scope, course.id, req.params.lesson_id)
  await assertLessonAccess(req.scope, lesson, course.id, req.auth_context?.actor_id)
  const index = Number(req.params.index)
  const file = filesOf(lesson)[index]
  if (!Number.isInteger(index) || !file)
    throw notFound(SkillSchoolErrors.LESSON_FILE_NOT_FOUND, "That file is not part of this lesson", {
      lesson_id: lesson.id,
      index: req.params.index,
    })
  const content = await req.scope.resolve(Modules.FILE).getAsBuffer(file.key)
  res.setHeader("Content-Type", file.mime_type)
  res.setHeader("Content-Length", String(content.length))
  safeFileHeaders(res, file.mime_type, { filename: file.name, download: true })
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(content)
}
