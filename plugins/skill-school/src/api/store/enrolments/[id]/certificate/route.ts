import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notAllowed, notFound } from "@dharavi/errors"
import { SkillSchoolErrors } from "../../../../../contract"
import { renderCertificate } from "../../../../../lib/certificate"
import { SKILL_SCHOOL_MODULE } from "../../../../../modules/skill-school"

export const storefrontUrl = () => (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")

/** The certificate PDF of one of my completed enrolments. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const [enrolment] = await service.listEnrolments(
    { id: req.params.id, customer_id: req.auth_context.actor_id },
    { select: ["id"] }
  )
  if (!enrolment)
    throw notFound(SkillSchoolErrors.ENROLMENT_NOT_FOUND, `Enrolment ${req.params.id} was not found`, {
      enrolment_id: req.params.id,
    })
  const [certificate] = await service.listCertificates({ enrolment_id: enrolment.id })
  if (!certificate)
    throw notAllowed(SkillSchoolErrors.CERTIFICATE_NOT_READY, "Finish every lesson to get the certificate", {
      enrolment_id: enrolment.id,
    })
  const pdf = await renderCertificate({
    ...certificate,
    verify_url: `${storefrontUrl()}/en/certificates/${certificate.code}`,
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="certificate-${certificate.code}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(pdf)
}
