import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export type UploadType =
  "image/jpeg" | "image/png" | "image/webp" | "application/pdf" | "video/mp4" | "video/webm" | "audio/mpeg"

/** A file accepted by `acceptUploads`: type and extension detected from the bytes, images re-encoded. */
export type AcceptedUpload = { originalname: string; mimetype: UploadType; ext: string; size: number; buffer: Buffer }

export const TYPES: Record<UploadType, { ext: string; label: string; image?: "jpeg" | "png" | "webp" }>
/** JPEG, PNG and WebP: what photo routes accept. */
export const PHOTO_TYPES: UploadType[]
/** `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox` */
export const SAFE_CSP: string
/** Types served inline; everything else is served as an attachment. */
export const INLINE_TYPES: Set<string>

/** The type from the first bytes (also names refused ones: image/svg+xml, text/html, image/gif, ...), or null. */
export function detectType(buffer: Buffer): string | null
/** Throws 400 `upload_bad_name` for a NUL or control character, a path or `..`, or more than 255 bytes. */
export function checkName(name: unknown): void
/**
 * Checks the name, detects the type from the bytes (400 `upload_type_not_allowed` unless one of
 * `types`), re-encodes images with sharp (auto-orient, metadata stripped). 400 `upload_too_large`
 * past `maxBytes`.
 */
export function prepareFile(
  buffer: Buffer,
  options?: { types?: UploadType[]; name?: string; maxBytes?: number }
): Promise<{ buffer: Buffer; mime: UploadType; ext: string; size: number }>
/** `<prefix>/<24 hex>.<ext>`, or `<24 hex>.<ext>` without a prefix. */
export function storedName(prefix: string | undefined | null, ext: string): string
/**
 * Multipart middleware (route with `bodyParser: false`): `req.files` becomes AcceptedUpload[].
 * Coded 400s: upload_missing, upload_too_many, upload_bad_field, upload_too_large, upload_bad_name,
 * upload_type_not_allowed, upload_malformed.
 */
export function acceptUploads(options?: {
  field?: string
  maxFiles?: number
  maxBytes?: number
  types?: UploadType[]
  /** The noun in messages ("photos"). */
  what?: string
}): (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => void
/** uploadFilesWorkflow inputs with random names under `prefix`. */
export function uploadInputs(
  files: AcceptedUpload[],
  options: { prefix?: string; access?: "public" | "private" }
): { filename: string; mimeType: string; content: string; access: "public" | "private" }[]
/** nosniff, SAFE_CSP, and `Content-Disposition: attachment` (with `filename`) unless `mime` is a raster image and `download` is not set. */
export function safeFileHeaders(
  res: { setHeader(name: string, value: string): unknown },
  mime: string | null | undefined,
  options?: { filename?: string; download?: boolean }
): void
/** Serves `root` at `mount` (default /static) with safeFileHeaders; GET/HEAD only, missing files go to next(). */
export function serveDirectory(
  root: string,
  options?: { mount?: string; maxAge?: string | number }
): (
  req: import("http").IncomingMessage & { path?: string; method?: string },
  res: import("http").ServerResponse,
  next: (error?: unknown) => void
) => void
