import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { Photo } from "../../../../utils/photos"

const EXTENSION: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" }

/**
 * The stored name: the uploaded name's safe part with the extension of the checked type, so a file
 * is always served as the image it is. No customer id in it: the URL shows on the public profile.
 */
const storedName = (f: Photo) => {
  const base = f.originalname.replace(/\.[^.]*$/, "").replace(/[^\w-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "photo"
  return `karigars/${base}.${EXTENSION[f.mimetype]}`
}

/**
 * Uploads a karigar's photos (checked by `acceptProfilePhotos`) through Medusa's file module. The
 * profile is not changed: the client saves the URLs with POST /store/jobs/profile (`photo_url`,
 * `portfolio_urls`).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const files = (req as unknown as { files: Photo[] }).files
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: { files: files.map((f) => ({ filename: storedName(f), mimeType: f.mimetype, content: f.buffer.toString("base64"), access: "public" as const })) },
  })
  res.status(201).json({ photos: result.map((f) => ({ id: f.id, url: f.url })) })
}
