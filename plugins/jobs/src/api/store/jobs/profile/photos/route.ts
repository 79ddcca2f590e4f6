import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreKarigarPhotosResponse } from "../../../../../contract"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { type AcceptedUpload, uploadInputs } from "@dharavi/uploads"

/**
 * Uploads a karigar's photos (checked and re-encoded by `acceptProfilePhotos`) through Medusa's file
 * module as karigars/<random>.<detected ext>: no customer id and no client file name in the URL,
 * which shows on the public profile. The profile is not changed: the client saves the URLs with
 * POST /store/jobs/profile (`photo_url`, `portfolio_urls`).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreKarigarPhotosResponse>) {
  const files = (req as unknown as { files: AcceptedUpload[] }).files
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: { files: uploadInputs(files, { prefix: "karigars", access: "public" }) },
  })
  res.status(201).json({ photos: result.map((f) => ({ id: f.id, url: f.url })) })
}
