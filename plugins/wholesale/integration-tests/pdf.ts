import { execFileSync } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"

export type PdfPage = { text: string; items: string[]; links: string[]; images: number }
export type ParsedPdf = {
  pages: PdfPage[]
  info: Record<string, unknown>
  text: string
  links: string[]
  images: number
}

/**
 * Parses a PDF with pdfjs-dist (in a child process: pdfjs is an ES module, jest runs CommonJS):
 * its text per page (lines as pdfjs finds them, spaces collapsed in `text`), link annotations and
 * the number of images drawn.
 */
export function parsePdf(pdf: Buffer): ParsedPdf {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "line-sheet-")), "sheet.pdf")
  fs.writeFileSync(file, pdf)
  try {
    const out = execFileSync(process.execPath, [path.join(__dirname, "pdf-text.mjs"), file], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    })
    const parsed = JSON.parse(out) as { pages: PdfPage[]; info: Record<string, unknown> }
    return {
      ...parsed,
      text: parsed.pages.map((p) => p.text.replace(/[ \t]+/g, " ")).join("\n"),
      links: parsed.pages.flatMap((p) => p.links),
      images: parsed.pages.reduce((n, p) => n + p.images, 0),
    }
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  }
}
