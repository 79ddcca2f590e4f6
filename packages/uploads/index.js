// Every file a user uploads goes through here, and every upload we serve gets these headers.
// The rule: the bytes decide the type (never the part's Content-Type or the file name), only the
// types a route means are accepted, images are decoded and re-encoded (which drops metadata and
// anything hidden after or inside them), and the stored name is ours: <prefix>/<random>.<ext of the
// detected type>. Plain CommonJS: plugins and the backend load it at run time as it is.
"use strict"
const { randomBytes } = require("crypto")
const path = require("path")
const multer = require("multer")
const send = require("send")
const { invalid } = require("@dharavi/errors")

/** What we can recognise. `image` types are re-encoded; the rest are checked by signature only. */
const TYPES = {
  "image/jpeg": { ext: "jpg", label: "JPEG", image: "jpeg" },
  "image/png": { ext: "png", label: "PNG", image: "png" },
  "image/webp": { ext: "webp", label: "WebP", image: "webp" },
  "application/pdf": { ext: "pdf", label: "PDF" },
  "video/mp4": { ext: "mp4", label: "MP4" },
  "video/webm": { ext: "webm", label: "WebM" },
  "audio/mpeg": { ext: "mp3", label: "MP3" },
}
/** Types recognised only to name them in the refusal. */
const REFUSED_LABELS = {
  "image/gif": "a GIF",
  "image/avif": "an AVIF image",
  "image/heic": "a HEIC image",
  "image/svg+xml": "an SVG (it can carry scripts)",
  "text/html": "an HTML page",
  "video/quicktime": "a QuickTime video",
}

const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"]
/** Script is forbidden; images from the same origin and inline styles may render; the page is sandboxed. */
const SAFE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
/** Shown inline when opened; anything else is a download. SVG is not among them. */
const INLINE_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"])
/** Decoding bombs: 40 megapixels is far above any phone photo. */
const MAX_PIXELS = 40_000_000

const ascii = (b, from, to) => b.subarray(from, to).toString("latin1")

/** The type of `buffer` from its first bytes, or null. */
function detectType(buffer) {
  const b = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer ?? [])
  if (b.length < 4) return null
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg"
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png"
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") return "image/webp"
  if (ascii(b, 0, 5) === "%PDF-") return "application/pdf"
  if (ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a") return "image/gif"
  if (b.length >= 12 && ascii(b, 4, 8) === "ftyp") {
    const brand = ascii(b, 8, 12)
    if (/^(avif|avis)$/.test(brand)) return "image/avif"
    if (/^(heic|heix|hevc|mif1|msf1)$/.test(brand)) return "image/heic"
    if (brand === "qt  ") return "video/quicktime"
    if (/^(isom|iso[2-9]|mp41|mp42|avc1|M4V |dash|mmp4|3gp[4-6])$/.test(brand)) return "video/mp4"
    return null
  }
  if (b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3)
    return ascii(b, 0, 64).includes("webm") ? "video/webm" : null
  if (ascii(b, 0, 3) === "ID3" || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0)) return "audio/mpeg"
  const head = ascii(b, 0, 512)
    // eslint-disable-next-line no-control-regex -- NUL padding before markup is what a polyglot hides behind
    .replace(/^\uFEFF|^[\s\u0000]+/, "")
    .toLowerCase()
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "image/svg+xml"
  if (head.startsWith("<")) return "text/html"
  return null
}

const labelOf = (mime) =>
  TYPES[mime] ? `a ${TYPES[mime].label} file` : (REFUSED_LABELS[mime] ?? "a file of an unknown type")
const listOf = (types) => {
  const labels = types.map((t) => TYPES[t].label)
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]}` : labels[0]
}

/**
 * Refuses a client file name we could never store or show: a NUL or other control character, a path
 * (`/`, `\`, `..`) or an absurd length. The name is never part of a stored path; this keeps junk out
 * of the display names some routes keep (lesson files) and answers 400 instead of a file-system 500.
 */
function checkName(name) {
  if (name === undefined || name === null || name === "") return
  const bad =
    typeof name !== "string" ||
    // eslint-disable-next-line no-control-regex -- control characters in a file name are what is refused
    /[\u0000-\u001f\u007f]/.test(name) ||
    /[/\\]/.test(name) ||
    name === "." ||
    name === ".." ||
    Buffer.byteLength(name) > 255
  if (bad)
    throw invalid("upload_bad_name", "A file name may not contain a path, '..' or control characters", {
      // eslint-disable-next-line no-control-regex -- the refused name is echoed with its control characters masked
      name: typeof name === "string" ? name.replace(/[\u0000-\u001f\u007f]/g, "?").slice(0, 80) : null,
    })
}

async function reencode(buffer, mime, name) {
  const sharp = require("sharp")
  const format = TYPES[mime].image
  const broken = () =>
    invalid("upload_type_not_allowed", `"${name}" is not a readable ${TYPES[mime].label} image`, {
      name,
      detected: mime,
    })
  try {
    const image = sharp(buffer, { failOn: "error", limitInputPixels: MAX_PIXELS })
    const meta = await image.metadata()
    if (meta.format !== format) throw broken()
    // rotate() applies the EXIF orientation; sharp writes no metadata unless asked, so EXIF/GPS, ICC
    // text, PNG text chunks and whatever trails the image are gone.
    const out = image.rotate()
    if (format === "jpeg") return await out.jpeg({ quality: 85, mozjpeg: true }).toBuffer()
    if (format === "png") return await out.png({ compressionLevel: 9 }).toBuffer()
    return await out.webp({ quality: 85 }).toBuffer()
  } catch (error) {
    if (error && error.code === "upload_type_not_allowed") throw error
    throw broken()
  }
}

/**
 * One uploaded file made safe: the name checked, the type detected from the bytes and required to be
 * one of `types`, images re-encoded. Returns the bytes to store and the detected type.
 */
async function prepareFile(buffer, { types = PHOTO_TYPES, name = "file", maxBytes } = {}) {
  checkName(name)
  const bytes = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer ?? [])
  if (maxBytes && bytes.length > maxBytes) throw tooLarge(maxBytes)
  const mime = detectType(bytes)
  if (!mime || !types.includes(mime)) {
    throw invalid(
      "upload_type_not_allowed",
      `Only ${listOf(types)} files can be uploaded; "${name}" is ${labelOf(mime)}`,
      { name, detected: mime, allowed: types }
    )
  }
  const out = TYPES[mime].image ? await reencode(bytes, mime, name) : bytes
  return { buffer: out, mime, ext: TYPES[mime].ext, size: out.length }
}

const tooLarge = (maxBytes) =>
  invalid("upload_too_large", `A file may be at most ${Math.round(maxBytes / 1024 / 1024)} MB`, { max_bytes: maxBytes })

/** `<prefix>/<random id>.<ext>`; no prefix gives a flat name (the local provider finds private files only at its top level). */
function storedName(prefix, ext) {
  const id = randomBytes(12).toString("hex")
  const clean = String(prefix ?? "")
    .split("/")
    .map((part) => part.replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, ""))
    .filter(Boolean)
    .join("/")
  return clean ? `${clean}/${id}.${ext}` : `${id}.${ext}`
}

/**
 * Middleware for a multipart route (`bodyParser: false`): reads up to `maxFiles` parts of the `field`
 * field into memory, refuses bad names, types and sizes with coded 400s before anything is stored,
 * and leaves `req.files` as [{ originalname, mimetype (detected), ext, size, buffer (re-encoded) }].
 */
function acceptUploads({
  field = "files",
  maxFiles = 6,
  maxBytes = 5 * 1024 * 1024,
  types = PHOTO_TYPES,
  what = "photos",
} = {}) {
  const parse = multer({
    storage: multer.memoryStorage(),
    // preservePath: busboy would otherwise cut "../x.html" down to "x.html" and hide the attempt.
    preservePath: true,
    limits: { fileSize: maxBytes, files: maxFiles, fields: 20, fieldSize: 64 * 1024, parts: maxFiles + 20 },
  }).array(field, maxFiles)
  return function acceptUploadsMiddleware(req, res, next) {
    parse(req, res, (error) => {
      if (error) return next(multerError(error, { field, maxFiles, maxBytes, what }))
      const files = req.files ?? []
      if (!files.length)
        return next(
          invalid("upload_missing", `Attach 1 to ${maxFiles} ${what} in the "${field}" field`, {
            field,
            max_files: maxFiles,
          })
        )
      Promise.all(
        files.map(async (f) => {
          const safe = await prepareFile(f.buffer, { types, name: f.originalname, maxBytes })
          return {
            originalname: f.originalname,
            mimetype: safe.mime,
            ext: safe.ext,
            size: safe.size,
            buffer: safe.buffer,
          }
        })
      ).then((safe) => {
        req.files = safe
        next()
      }, next)
    })
  }
}

function multerError(error, { field, maxFiles, maxBytes, what }) {
  if (error instanceof multer.MulterError) {
    if (error.code === "LIMIT_FILE_SIZE") return tooLarge(maxBytes)
    if (error.code === "LIMIT_FILE_COUNT" || (error.code === "LIMIT_UNEXPECTED_FILE" && error.field === field)) {
      return invalid("upload_too_many", `Upload at most ${maxFiles} ${what} at once, in the "${field}" field`, {
        field,
        max_files: maxFiles,
      })
    }
    if (error.code === "LIMIT_UNEXPECTED_FILE")
      return invalid("upload_bad_field", `Send the ${what} in the "${field}" field, not "${error.field}"`, { field })
    return invalid("upload_malformed", error.message, { reason: error.code })
  }
  if (error && error.code) return error
  // busboy: a broken multipart body (bad boundary, cut short).
  return invalid("upload_malformed", `The upload could not be read: ${error?.message ?? error}`, {})
}

/** Inputs for Medusa's uploadFilesWorkflow from files accepted by `acceptUploads`. */
function uploadInputs(files, { prefix, access = "public" }) {
  return files.map((f) => ({
    filename: storedName(prefix, f.ext),
    mimeType: f.mimetype,
    content: f.buffer.toString("base64"),
    access,
  }))
}

/**
 * The headers every upload we serve carries: no sniffing, a CSP without script (sandboxed), and a
 * download rather than a page for anything that is not a plain raster image (or for everything,
 * with `download`).
 */
function safeFileHeaders(res, mime, { filename, download = false } = {}) {
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", SAFE_CSP)
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin")
  const type = String(mime ?? "")
    .split(";")[0]
    .trim()
    .toLowerCase()
  if (INLINE_TYPES.has(type) && !download) return
  const ascii = filename
    ? String(filename)
        .replace(/[^\w.\- ]/g, "_")
        .slice(0, 120)
    : ""
  res.setHeader(
    "Content-Disposition",
    filename
      ? `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(String(filename).slice(0, 120))}`
      : "attachment"
  )
}

/**
 * Serves files under `root` for URLs under `mount` (default /static) with `safeFileHeaders`. GET and
 * HEAD only; anything else, or a file that is not there, goes on to `next` (404 by the app).
 * `send` refuses paths that leave the root and NUL bytes.
 */
function serveDirectory(root, { mount = "/static", maxAge = "7d" } = {}) {
  const prefix = mount.replace(/\/+$/, "") + "/"
  return function serveUploads(req, res, next) {
    if (req.method !== "GET" && req.method !== "HEAD") return next()
    const pathname = String(req.originalUrl ?? req.url).split("?")[0]
    if (!pathname.startsWith(prefix)) return next()
    const relative = pathname.slice(prefix.length - 1)
    send(req, relative, { root: path.resolve(root), index: false, dotfiles: "deny", maxAge, redirect: false })
      .on("headers", (response, file) => safeFileHeaders(response, send.mime.lookup(file)))
      .on("error", (error) => {
        if (error.status === 404 || error.statusCode === 404) return next()
        res.statusCode = error.status || error.statusCode || 400
        res.setHeader("X-Content-Type-Options", "nosniff")
        res.end()
      })
      .pipe(res)
  }
}

module.exports = {
  TYPES,
  PHOTO_TYPES,
  SAFE_CSP,
  INLINE_TYPES,
  detectType,
  checkName,
  prepareFile,
  storedName,
  acceptUploads,
  uploadInputs,
  safeFileHeaders,
  serveDirectory,
}
