// Shared by every plugin that draws PDFs (wholesale line sheets, skill-school certificates), so
// Devanagari is set the same way everywhere. Plain CommonJS: plugins load it at run time as it is.
"use strict"
const path = require("path")

/** The font files, by face and weight: @fontsource ships Noto Sans split by script. */
function fontFiles() {
  const dir = (pkg) => path.join(path.dirname(require.resolve(`@fontsource/${pkg}/package.json`)), "files")
  const sans = dir("noto-sans")
  const deva = dir("noto-sans-devanagari")
  return {
    latin: {
      regular: path.join(sans, "noto-sans-latin-400-normal.woff"),
      bold: path.join(sans, "noto-sans-latin-700-normal.woff"),
    },
    latinExt: {
      regular: path.join(sans, "noto-sans-latin-ext-400-normal.woff"),
      bold: path.join(sans, "noto-sans-latin-ext-700-normal.woff"),
    },
    deva: {
      regular: path.join(deva, "noto-sans-devanagari-devanagari-400-normal.woff"),
      bold: path.join(deva, "noto-sans-devanagari-devanagari-700-normal.woff"),
    },
  }
}

/** Which font file has a character (the @fontsource subsets' ranges); the rupee sign is in Devanagari's. */
function faceOf(code) {
  if (
    (code >= 0x0900 && code <= 0x097f) ||
    (code >= 0x1cd0 && code <= 0x1cff) ||
    (code >= 0xa8e0 && code <= 0xa8ff) ||
    (code >= 0xa830 && code <= 0xa839) ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x20b9 ||
    code === 0x25cc
  ) {
    return "deva"
  }
  if (code <= 0xff || (code >= 0x2000 && code <= 0x206f) || code === 0x20ac || code === 0x2122 || code === 0x2212)
    return "latin"
  if ((code >= 0x0100 && code <= 0x024f) || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x20a0 && code <= 0x20c0))
    return "latinExt"
  return null
}

/** Splits text into runs of one font; spaces and unknown characters stay with the run they are in. */
function scriptRuns(text) {
  const runs = []
  for (const ch of text) {
    const code = ch.codePointAt(0)
    const own = /\s/.test(ch) ? null : faceOf(code)
    const face = own ?? runs[runs.length - 1]?.face ?? "latin"
    const last = runs[runs.length - 1]
    if (last && last.face === face) last.text += ch
    else runs.push({ face, text: ch })
  }
  return runs
}

/** Writes text on a pdfkit document, switching fonts by script within a string. */
class PdfTextWriter {
  constructor(doc, { color = "#000000" } = {}) {
    this.doc = doc
    this.color = color
    const files = fontFiles()
    for (const face of Object.keys(files)) {
      for (const weight of ["regular", "bold"]) doc.registerFont(`${face}-${weight}`, files[face][weight])
    }
  }

  use(face, style) {
    this.doc.font(`${face}-${style.bold ? "bold" : "regular"}`).fontSize(style.size)
  }

  width(text, style) {
    return scriptRuns(text).reduce((sum, run) => {
      this.use(run.face, style)
      return sum + this.doc.widthOfString(run.text)
    }, 0)
  }

  /** Cuts text to fit `max` points, ending with an ellipsis. */
  fit(text, style, max) {
    if (this.width(text, style) <= max) return text
    const chars = [...text]
    while (chars.length > 1 && this.width(chars.join("") + "…", style) > max) chars.pop()
    return chars.join("").trimEnd() + "…"
  }

  /**
   * One line of text with its baseline at `y`, fitted into `width` (cut with an ellipsis, or with
   * `shrink` set in a smaller size, for text that must stay whole such as SKUs) and aligned in it.
   * Returns the width drawn.
   */
  line(text, x, y, given) {
    const style = { ...given }
    if (style.width && style.shrink) while (style.size > 6 && this.width(text, style) > style.width) style.size -= 0.5
    const fitted = style.width ? this.fit(text, style, style.width) : text
    const w = this.width(fitted, style)
    let left = x
    if (style.width && style.align === "right") left = x + style.width - w
    if (style.width && style.align === "center") left = x + (style.width - w) / 2
    this.doc.fillColor(style.color ?? this.color)
    let first = true
    for (const run of scriptRuns(fitted)) {
      this.use(run.face, style)
      if (first) this.doc.text(run.text, left, y, { lineBreak: false, baseline: "alphabetic" })
      else this.doc.text(run.text, { lineBreak: false, baseline: "alphabetic" })
      first = false
    }
    return w
  }

  /** Text wrapped at spaces into lines of at most `width` (the last of `maxLines` cut with an ellipsis). */
  wrap(text, style) {
    const lines = []
    let current = ""
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word
      if (current && this.width(next, style) > style.width) {
        lines.push(current)
        current = word
      } else current = next
    }
    if (current) lines.push(current)
    const max = style.maxLines ?? Infinity
    if (lines.length > max) {
      const kept = lines.slice(0, max)
      kept[max - 1] = this.fit(`${kept[max - 1]} ${lines.slice(max).join(" ")}`, style, style.width)
      return kept
    }
    return lines
  }

  /** Wrapped text, first baseline at `y`; returns the number of lines. */
  paragraph(text, x, y, style) {
    const lines = this.wrap(text, style)
    lines.forEach((l, i) => this.line(l, x, y + i * style.leading, style))
    return lines.length
  }
}

module.exports = { PdfTextWriter, scriptRuns }
