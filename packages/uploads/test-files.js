// Files for tests of upload routes (integration and browser): hostile ones every route must refuse or
// defuse, and real photos it must keep. Each hostile one runs SCRIPT if a browser ever executes it.
"use strict"
const sharp = require("sharp")

/** Would retitle the page and read the admin's own user from this origin. */
const SCRIPT =
  "document.title='XSS-RAN';fetch('/admin/users/me',{credentials:'include'}).then(r=>r.text()).then(t=>console.log('XSS-READ '+t.slice(0,40)))"

const html = () =>
  Buffer.from(`<!doctype html><html><head><title>upload</title></head><body><script>${SCRIPT}</script></body></html>`)
const svg = () =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="${SCRIPT.replace(/"/g, "&quot;")}"><script>${SCRIPT}</script><rect width="10" height="10"/></svg>`
  )
/** JPEG's first bytes, then a page. */
const fakeJpeg = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), html()])

const jpeg = (color = "#b5651d") =>
  sharp({ create: { width: 16, height: 12, channels: 3, background: color } })
    .jpeg()
    .withExif({ IFD0: { Artist: "Secret Karigar", ImageDescription: "gps 19.04N 72.85E" } })
    .toBuffer()
const png = () =>
  sharp({ create: { width: 12, height: 12, channels: 4, background: "#228b22" } })
    .png()
    .toBuffer()
const webp = () =>
  sharp({ create: { width: 12, height: 12, channels: 3, background: "#1e90ff" } })
    .webp()
    .toBuffer()
/** A valid JPEG with a page after its end-of-image marker (a browser sniffing it finds HTML). */
const polyglotJpeg = async () => Buffer.concat([await jpeg(), html()])

/** A multipart body written by hand, so a part's file name can hold anything (NUL, ../). */
function multipart(parts, boundary = "----dharavi" + Date.now().toString(16)) {
  const chunks = []
  for (const p of parts) {
    // `encoded`: the name as RFC 5987 filename* (how a NUL can travel in a header that may not hold one).
    const name = p.encoded ? `filename*=UTF-8''${encodeURIComponent(p.filename)}` : `filename="${p.filename}"`
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.field ?? "files"}"; ${name}\r\nContent-Type: ${p.type}\r\n\r\n`,
        "latin1"
      )
    )
    chunks.push(p.bytes, Buffer.from("\r\n"))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

/**
 * What every photo route must refuse with a coded 400 and without storing anything: the case, the
 * multipart parts and the code. `okJpeg` rides along where a good file must not save a bad one.
 */
async function refusedPhotoUploads() {
  const ok = await jpeg()
  const one = (filename, type, bytes) => [{ filename, type, bytes }]
  return [
    ["an HTML page declared as a JPEG", one("evil.html", "image/jpeg", html()), "upload_type_not_allowed"],
    ["an SVG with script declared as a PNG", one("logo.png", "image/png", svg()), "upload_type_not_allowed"],
    ["an SVG as itself", one("logo.svg", "image/svg+xml", svg()), "upload_type_not_allowed"],
    [
      "a fake JPEG (its magic bytes, then a page)",
      one("fake.jpg", "image/jpeg", fakeJpeg()),
      "upload_type_not_allowed",
    ],
    [
      "a good photo beside a fake one",
      [...one("ok.jpg", "image/jpeg", ok), ...one("fake.jpg", "image/jpeg", fakeJpeg())],
      "upload_type_not_allowed",
    ],
    [
      "a NUL byte in the file name",
      [{ filename: "photo\u0000.html.jpg", encoded: true, type: "image/jpeg", bytes: ok }],
      "upload_bad_name",
    ],
    ["a raw NUL byte in the part header", one("photo\u0000.html.jpg", "image/jpeg", ok), "upload_malformed"],
    ["a ../ path as the file name", one("../../evil.jpg", "image/jpeg", ok), "upload_bad_name"],
    ["a Windows path as the file name", one("..\\evil.jpg", "image/jpeg", ok), "upload_bad_name"],
    [
      "a file past 5 MB",
      one("big.jpg", "image/jpeg", Buffer.concat([ok, Buffer.alloc(5 * 1024 * 1024)])),
      "upload_too_large",
    ],
    [
      "seven photos",
      Array.from({ length: 7 }, (_, i) => ({ filename: `p${i}.jpg`, type: "image/jpeg", bytes: ok })),
      "upload_too_many",
    ],
    [
      "another field than files",
      [{ field: "photo", filename: "a.jpg", type: "image/jpeg", bytes: ok }],
      "upload_bad_field",
    ],
  ]
}

module.exports = { SCRIPT, html, svg, fakeJpeg, jpeg, png, webp, polyglotJpeg, multipart, refusedPhotoUploads }
