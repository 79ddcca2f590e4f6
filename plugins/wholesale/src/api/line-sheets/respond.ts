import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { lineSheetFilename, renderLineSheet } from "../../lib/line-sheet"
import { lineSheetWorkflow } from "../../workflows/line-sheets"
import type { LineSheetInput } from "../../workflows/steps/line-sheet-steps"
import type { GetLineSheetParamsType } from "./validators"

/** Where product pages live (the QR codes point there). */
export const storefrontUrl = () => process.env.STOREFRONT_URL || "http://localhost:8000"

/** Reads the sheet's data through the workflow, renders the PDF and sends it as a download. */
export async function sendLineSheet(
  req: MedusaRequest,
  res: MedusaResponse,
  subject: Omit<LineSheetInput, "currency_code">
) {
  const { lang, currency } = req.validatedQuery as GetLineSheetParamsType
  const { result } = await lineSheetWorkflow(req.scope).run({ input: { ...subject, currency_code: currency } })
  const pdf = await renderLineSheet(result, { lang, storefront_url: storefrontUrl() })
  const filename = lineSheetFilename(result.handle.replace(/[^A-Za-z0-9_-]+/g, "-"), lang)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.setHeader("Content-Length", String(pdf.length))
  // Wholesale prices are for the people allowed to fetch them.
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).end(pdf)
}
