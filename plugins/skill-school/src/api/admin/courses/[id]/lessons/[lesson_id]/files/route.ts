import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { type UploadType, prepareFile, storedName } from "@dharavi/uploads"
import type { AdminLessonResponse } from "../../../../../../../contract"
import { adminLessonView, filesOf } from "../../../../../../../lib/views"
import { addLessonFileWorkflow } from "../../../../../../../workflows"
import { LESSON_FILE_MAX_BYTES, LESSON_FILE_TYPES, type PostAdminLessonFileType } from "../../../../../../validators"
import { lessonOf } from "../../../../../../utils/school"

/**
 * Adds a private file (the lesson's PDF, picture, audio or video) to a lesson. The bytes decide the
 * type (PDF, MP4 and MP3 by signature; pictures re-encoded), whatever `mime_type` says; the stored
 * name is random with the detected type's extension, and the admin's file name is kept only as the
 * name learners see. Coded 400s from @dharavi/uploads (upload_type_not_allowed, upload_bad_name).
 */
export async function POST(req: MedusaRequest<PostAdminLessonFileType>, res: MedusaResponse<AdminLessonResponse>) {
  const lesson = await lessonOf(req.scope, req.params.id, req.params.lesson_id)
  const { filename, content_base64 } = req.validatedBody
  const file = await prepareFile(Buffer.from(content_base64, "base64"), {
    types: LESSON_FILE_TYPES as unknown as UploadType[],
    name: filename,
    maxBytes: LESSON_FILE_MAX_BYTES,
  })
  const { result } = await addLessonFileWorkflow(req.scope).run({
    input: {
      course_id: req.params.id,
      lesson_id: lesson.id,
      // Flat name: the local provider finds private files only at its top level.
      file: {
        name: filename,
        stored_name: storedName(null, file.ext),
        mime_type: file.mime,
        content_base64: file.buffer.toString("base64"),
        size: file.size,
      },
      files_before: filesOf(lesson),
    },
  })
  res.status(201).json({ lesson: adminLessonView({ ...result, course_id: req.params.id }) })
}
