import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { renderCertificate } from "../../../../../lib/certificate"
import { school } from "../../../../utils/school"

export const storefrontUrl = () => (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")

/** The certificate PDF of one of my completed enrolments. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = school(req.scope)
  const [enrolment] = await service.listEnrolments({ id: req.params.id, customer_id: req.auth_context.actor_id }, { select: ["id"] })
  if (!enrolment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Enrolment ${req.params.id} was not found`)
  const [certificate] = await service.listCertificates({ enrolment_id: enrolment.id })
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Finish every lesson to get the certificate")
  const pdf = await renderCertificate({ ...certificate, verify_url: `${storefrontUrl()}/en/certificates/${certificate.code}` })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="certificate-${certificate.code}.pdf"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).send(pdf)
}
