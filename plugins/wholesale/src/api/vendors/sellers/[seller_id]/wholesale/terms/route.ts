import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { wholesaleService } from "../../../../../../lib/buyer"
import { setSellerTermsWorkflow } from "../../../../../../workflows"
import type { SellerRequest } from "../../../../../utils/seller-member"
import type { PostSellerTerms } from "../../../../../validators"

/** The seller's wholesale terms as they stand (null before any are set). */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const [terms] = await wholesaleService(req.scope).listSellerTerms({ seller_id: req.wholesale_seller!.seller_id })
  res.json({ terms: terms ?? null, default_payment_terms: wholesaleService(req.scope).settings().default_payment_terms })
}

/** The seller's own wholesale terms: minimum order value per currency, payment terms, lead time. */
export async function POST(req: SellerRequest<z.infer<typeof PostSellerTerms>>, res: MedusaResponse) {
  const { result } = await setSellerTermsWorkflow(req.scope).run({ input: { seller_id: req.wholesale_seller!.seller_id, ...req.validatedBody } })
  res.json({ terms: result })
}
