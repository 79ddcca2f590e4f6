import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_SELLER_FIELDS } from "../../../utils/seller-scope"

/** A maker's public page: profile and published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: [...PUBLIC_SELLER_FIELDS, "status", "products.id", "products.status"],
    filters: { handle: req.params.handle },
  })
  const seller: any = data[0]
  if (!seller || seller.status !== "active") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${req.params.handle} was not found`)
  }
  const product_ids = (seller.products ?? []).filter((p: any) => p?.status === "published").map((p: any) => p.id)
  const profile = Object.fromEntries(PUBLIC_SELLER_FIELDS.map((f) => [f, seller[f]]))
  res.json({ seller: profile, product_ids })
}
