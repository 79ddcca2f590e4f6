import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SellerScopedRequest } from "../../../../utils/seller-scope"

/** Uploads product photos through Medusa's file module; use the returned URLs in a product's images. */
export async function POST(req: SellerScopedRequest, res: MedusaResponse) {
  const files = (req as unknown as { files?: { originalname: string; mimetype: string; buffer: Buffer }[] }).files
  if (!files?.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Attach at least one photo in the "files" field')
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f) => ({
        filename: `sellers/${req.seller_scope!.seller_handle}/${f.originalname.replace(/[^\w.-]+/g, "-")}`,
        mimeType: f.mimetype,
        content: f.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(201).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}
