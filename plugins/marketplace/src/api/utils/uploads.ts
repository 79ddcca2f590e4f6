import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/** Product photos sellers may upload. No SVG: it can carry scripts and is served from our origin. */
export const UPLOAD_MIME_TYPES = ["image/jpeg", "image/png", "image/webp"]
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024
export const UPLOAD_MAX_FILES = 6

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: UPLOAD_MAX_BYTES, files: UPLOAD_MAX_FILES },
  fileFilter: (_req, file, accept) => {
    if (UPLOAD_MIME_TYPES.includes(file.mimetype)) return accept(null, true)
    accept(new MedusaError(MedusaError.Types.INVALID_DATA, `Only JPEG, PNG or WebP photos can be uploaded, not ${file.mimetype}`))
  },
}).array("files")

/** Parses multipart photos, turning multer's limit errors into clear 400s. */
export function acceptPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (error?: unknown) => {
    if (!error) return next()
    if (error instanceof multer.MulterError) {
      const message =
        error.code === "LIMIT_FILE_SIZE"
          ? `A photo may be at most ${UPLOAD_MAX_BYTES / 1024 / 1024} MB`
          : error.code === "LIMIT_FILE_COUNT" || error.code === "LIMIT_UNEXPECTED_FILE"
            ? `Upload at most ${UPLOAD_MAX_FILES} photos, in the "files" field`
            : error.message
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    next(error)
  })
}
