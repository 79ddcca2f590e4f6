import type PDFDocument from "pdfkit"

export type Face = "latin" | "latinExt" | "deva"
export type TextStyle = { size: number; bold?: boolean; color?: string }
export type LineStyle = TextStyle & { width?: number; align?: "left" | "right" | "center"; shrink?: boolean }
export type WrapStyle = TextStyle & { width: number; maxLines?: number }

/** Splits text into runs of one font; spaces and unknown characters stay with the run they are in. */
export function scriptRuns(text: string): { face: Face; text: string }[]

/** Writes text on a pdfkit document, switching fonts by script within a string. */
export class PdfTextWriter {
  constructor(doc: InstanceType<typeof PDFDocument>, options?: { color?: string })
  width(text: string, style: TextStyle): number
  fit(text: string, style: TextStyle, max: number): string
  line(text: string, x: number, y: number, style: LineStyle): number
  wrap(text: string, style: WrapStyle): string[]
  paragraph(text: string, x: number, y: number, style: WrapStyle & { leading: number }): number
}
