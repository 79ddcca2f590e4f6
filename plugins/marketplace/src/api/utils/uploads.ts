import { PHOTO_TYPES, acceptUploads } from "@dharavi/uploads"

/** Product photos sellers may upload: JPEG, PNG or WebP by their bytes, re-encoded. Never SVG. */
export const UPLOAD_MIME_TYPES = PHOTO_TYPES
export const UPLOAD_MAX_BYTES = 5 * 1024 * 1024
export const UPLOAD_MAX_FILES = 6

/**
 * Parses the multipart `files` field (the route has `bodyParser: false`) and makes every photo safe
 * before the route stores any: coded 400s (`upload_type_not_allowed`, `upload_too_large`,
 * `upload_bad_name`, ...) from @dharavi/uploads.
 */
export const acceptPhotos = acceptUploads({
  field: "files",
  maxFiles: UPLOAD_MAX_FILES,
  maxBytes: UPLOAD_MAX_BYTES,
  types: UPLOAD_MIME_TYPES,
  what: "photos",
})
