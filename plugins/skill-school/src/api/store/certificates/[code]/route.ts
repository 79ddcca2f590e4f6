import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normaliseCode } from "../../../../lib/certificate"
import { certificateView } from "../../../../lib/views"
import { school } from "../../../utils/school"

/** Anyone checks a certificate by its code: who holds it, for which course, since when. Nothing else about the holder. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [certificate] = await school(req.scope).listCertificates({ code: normaliseCode(req.params.code) })
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No certificate has this code")
  res.json({ certificate: certificateView(certificate) })
}
