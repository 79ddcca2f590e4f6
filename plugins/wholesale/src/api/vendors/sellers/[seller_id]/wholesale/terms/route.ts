import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { VendorSellerTermsCurrentResponse, VendorSellerTermsResponse } from "../../../../../../contract/http"
import { WHOLESALE_MODULE } from "../../../../../../modules/wholesale"
import { setSellerTermsWorkflow } from "../../../../../../workflows"
import type { SellerRequest } from "../../../../../utils/seller-member"
import type { PostSellerTerms } from "../../../../../validators"

/** The seller's wholesale terms as they stand (null before any are set). */
export async function GET(req: SellerRequest, res: MedusaResponse<VendorSellerTermsCurrentResponse>) {
  const wholesale = req.scope.resolve(WHOLESALE_MODULE)
  const [terms] = await wholesale.listSellerTerms({ seller_id: req.wholesale_seller!.seller_id })
  res.json({ terms: terms ?? null, default_payment_terms: wholesale.settings().default_payment_terms })
}

/** The seller's own wholesale terms: minimum order value per currency, payment terms, lead time. */
export async function POST(
  req: SellerRequest<z.infer<typeof PostSellerTerms>>,
  res: MedusaResponse<VendorSellerTermsResponse>
) {
  const { result } = await setSellerTermsWorkflow(req.scope).run({
    input: { seller_id: req.wholesale_seller!.seller_id, ...req.validatedBody },
  })
  res.json({ terms: result })
}
