import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendLineSheet } from "../../../../line-sheets/respond"

/** A collection's line sheet as a PDF (`?lang=en|hi&currency=inr|usd|eur`). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendLineSheet(req, res, { subject: "collection", id: req.params.id })
}
