import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/** Karigar profile and portfolio photos. No SVG or GIF: only plain photos, served from our origin. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024
export const PHOTO_MAX_FILES = 6

/** The first bytes each accepted type starts with: a file must be what it says it is. */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  "image/jpeg": (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/webp": (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const onlyPhotos = (what: string) => invalid(`Only JPEG, PNG or WebP photos can be uploaded, not ${what}`)

const parse = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: PHOTO_MAX_BYTES, files: PHOTO_MAX_FILES },
  fileFilter: (_req, file, accept) => (SIGNATURES[file.mimetype] ? accept(null, true) : accept(onlyPhotos(file.mimetype || "an unknown type"))),
}).array("files")

export type Photo = { originalname: string; mimetype: string; buffer: Buffer }

/**
 * Reads the multipart `files` field into memory (the route needs `bodyParser: false`), turning
 * multer's limit errors into clear 400s, and checks every photo's bytes before the route stores any.
 */
export function acceptProfilePhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req as any, res as any, (error?: unknown) => {
    if (error instanceof multer.MulterError) {
      const message =
        error.code === "LIMIT_FILE_SIZE"
          ? `A photo may be at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB`
          : error.code === "LIMIT_FILE_COUNT" || error.code === "LIMIT_UNEXPECTED_FILE"
            ? `Upload at most ${PHOTO_MAX_FILES} photos at once, in the "files" field`
            : error.message
      return next(invalid(message))
    }
    if (error) return next(error)
    const files = ((req as any).files ?? []) as Photo[]
    if (!files.length) return next(invalid(`Attach 1 to ${PHOTO_MAX_FILES} photos in the "files" field`))
    const fake = files.find((f) => !SIGNATURES[f.mimetype](f.buffer))
    if (fake) return next(onlyPhotos(`"${fake.originalname}", which is not a ${fake.mimetype.replace("image/", "").toUpperCase()} image`))
    next()
  })
}
