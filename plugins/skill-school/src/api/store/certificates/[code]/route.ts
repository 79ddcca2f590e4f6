import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@dharavi/errors"
import { SkillSchoolErrors, type StoreCertificateResponse } from "../../../../contract"
import { normaliseCode } from "../../../../lib/certificate"
import { certificateView } from "../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../modules/skill-school"

/** Anyone checks a certificate by its code: who holds it, for which course, since when. Nothing else about the holder. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreCertificateResponse>) {
  const code = normaliseCode(req.params.code)
  const [certificate] = await req.scope.resolve(SKILL_SCHOOL_MODULE).listCertificates({ code })
  if (!certificate) throw notFound(SkillSchoolErrors.CERTIFICATE_NOT_FOUND, "No certificate has this code", { code })
  res.json({ certificate: certificateView(certificate) })
}
