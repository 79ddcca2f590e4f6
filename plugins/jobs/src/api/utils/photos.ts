import { PHOTO_TYPES, acceptUploads } from "@dharavi/uploads"

/** Karigar profile and portfolio photos: JPEG, PNG or WebP by their bytes, re-encoded. No SVG or GIF. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024
export const PHOTO_MAX_FILES = 6

/**
 * Reads the multipart `files` field into memory (the route needs `bodyParser: false`) and makes every
 * photo safe before the route stores any: coded 400s from @dharavi/uploads.
 */
export const acceptProfilePhotos = acceptUploads({
  field: "files",
  maxFiles: PHOTO_MAX_FILES,
  maxBytes: PHOTO_MAX_BYTES,
  types: PHOTO_TYPES,
  what: "photos",
})
