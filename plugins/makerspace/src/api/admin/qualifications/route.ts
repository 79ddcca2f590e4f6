import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { codedError } from "@dharavi/errors"
import {
  MakerspaceErrors,
  type AdminQualificationResponse,
  type AdminQualificationsResponse,
  type MakerspaceErrorDetails,
} from "../../../contract"
import type { PostAdminQualification } from "../../validators"
import { qualificationOut } from "../../utils/makerspace"
import { MAKERSPACE_MODULE } from "../../../modules/makerspace"

export async function GET(req: MedusaRequest, res: MedusaResponse<AdminQualificationsResponse>) {
  const qualifications = await req.scope.resolve(MAKERSPACE_MODULE).listQualifications({}, { order: { code: "ASC" } })
  res.json({ qualifications: qualifications.map(qualificationOut) })
}

export async function POST(
  req: MedusaRequest<z.infer<typeof PostAdminQualification>>,
  res: MedusaResponse<AdminQualificationResponse>
) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  const [taken] = await service.listQualifications({ code: req.validatedBody.code })
  if (taken) {
    throw codedError<MakerspaceErrorDetails["qualification_code_taken"]>(
      "duplicate_error",
      MakerspaceErrors.QUALIFICATION_CODE_TAKEN,
      `A qualification with code "${req.validatedBody.code}" exists`,
      {
        code: req.validatedBody.code,
      }
    )
  }
  res.status(201).json({ qualification: qualificationOut(await service.createQualifications(req.validatedBody)) })
}
