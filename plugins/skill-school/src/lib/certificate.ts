import crypto from "crypto"
import PDFDocument from "pdfkit"
import { PdfTextWriter } from "@dharavi/pdf-text"

/**
 * Certificates: an A4 landscape page with the holder's name, the course, the teacher, the date and a
 * verification code that anyone can check on the storefront's public page (`verify_url`). Names and
 * titles may be in Devanagari; @dharavi/pdf-text sets each script in a Noto font that has it.
 */

// No 0/O or 1/I/L: codes are read off paper and typed in.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

/** A code like "DHV-7K3M-Q9TX": 8 random characters, about 40 bits. */
export function certificateCode(random: (n: number) => Buffer = crypto.randomBytes): string {
  const bytes = random(8)
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length])
  return `DHV-${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`
}

/** Codes are matched without case, spaces or missing dashes, as people type them. */
export function normaliseCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^0-9A-Z]/g, "")
  const body = raw.startsWith("DHV") ? raw.slice(3) : raw
  return body.length === 8 ? `DHV-${body.slice(0, 4)}-${body.slice(4)}` : input.trim().toUpperCase()
}

export type CertificateData = {
  holder_name: string
  course_title: string
  teacher_name: string
  issued_at: Date | string
  code: string
  verify_url: string
}

const INK = "#1f1a17"
const ACCENT = "#9a3412"
const MUTED = "#6b625b"

export function renderCertificate(data: CertificateData): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      layout: "landscape",
      margin: 0,
      info: { Title: `Certificate: ${data.course_title}`, Author: "Made in Dharavi Skill School" },
    })
    const chunks: Buffer[] = []
    doc.on("data", (c: Buffer) => chunks.push(c))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    const w = new PdfTextWriter(doc, { color: INK })
    const width = doc.page.width
    const height = doc.page.height
    doc
      .lineWidth(3)
      .strokeColor(ACCENT)
      .rect(24, 24, width - 48, height - 48)
      .stroke()
    doc
      .lineWidth(0.75)
      .rect(32, 32, width - 64, height - 64)
      .stroke()
    const centre = { x: 60, width: width - 120, align: "center" as const }
    const date = new Date(data.issued_at).toLocaleDateString("en-IN", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Asia/Kolkata",
    })
    w.line("Made in Dharavi Skill School · मेड इन धारावी कौशल शाला", centre.x, 100, {
      ...centre,
      size: 14,
      color: ACCENT,
      bold: true,
    })
    w.line("Certificate of completion · प्रमाणपत्र", centre.x, 160, { ...centre, size: 30, bold: true })
    w.line("This certifies that", centre.x, 215, { ...centre, size: 13, color: MUTED })
    w.line(data.holder_name, centre.x, 265, { ...centre, size: 34, bold: true })
    w.line("has completed the course", centre.x, 310, { ...centre, size: 13, color: MUTED })
    w.paragraph(data.course_title, centre.x, 350, { ...centre, size: 22, bold: true, leading: 28, maxLines: 2 })
    w.line(`Taught by ${data.teacher_name} · ${date}`, centre.x, 420, { ...centre, size: 13 })
    w.line(`Verification code: ${data.code}`, centre.x, height - 100, {
      ...centre,
      size: 14,
      bold: true,
      color: ACCENT,
    })
    w.line(`Check it at ${data.verify_url}`, centre.x, height - 78, { ...centre, size: 10, color: MUTED })
    doc.link(centre.x, height - 90, centre.width, 16, data.verify_url)
    doc.end()
  })
}
