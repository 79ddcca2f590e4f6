// Reads a PDF with pdfjs-dist and prints, per page, its text, link annotations and images drawn.
// Run as a child process by pdf.ts (pdfjs-dist is an ES module, and jest runs tests as CommonJS).
//   node pdf-text.mjs file.pdf  ->  {"pages":[{"text":"...","items":["..."],"links":["http..."],"images":2}]}
import fs from "fs"
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs"

const data = new Uint8Array(fs.readFileSync(process.argv[2]))
const pdf = await getDocument({ data, verbosity: 0, isEvalSupported: false }).promise
const pages = []
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n)
  const content = await page.getTextContent()
  const items = content.items.filter((i) => "str" in i)
  const text = items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join("")
  const links = (await page.getAnnotations()).filter((a) => a.subtype === "Link" && a.url).map((a) => a.url)
  const ops = await page.getOperatorList()
  const images = ops.fnArray.filter((fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject).length
  pages.push({ text, items: items.map((i) => i.str), links, images })
}
process.stdout.write(JSON.stringify({ pages, info: (await pdf.getMetadata()).info }))
