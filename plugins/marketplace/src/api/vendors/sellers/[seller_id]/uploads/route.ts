import type { MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { type AcceptedUpload, uploadInputs } from "@dharavi/uploads"
import type { VendorUploadsResponse } from "../../../../../contract/http"
import type { SellerScopedRequest } from "../../../../utils/seller-scope"

/**
 * Uploads product photos (checked and re-encoded by `acceptPhotos`) through Medusa's file module;
 * use the returned URLs in a product's images. Stored as sellers/<handle>/<random>.<detected ext>:
 * the client's file name never reaches the path.
 */
export async function POST(req: SellerScopedRequest, res: MedusaResponse<VendorUploadsResponse>) {
  const files = (req as unknown as { files: AcceptedUpload[] }).files
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: { files: uploadInputs(files, { prefix: `sellers/${req.seller_scope!.seller_handle}`, access: "public" }) },
  })
  res.status(201).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}
