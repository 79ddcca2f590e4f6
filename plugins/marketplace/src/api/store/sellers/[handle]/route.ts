import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@dharavi/errors"
import { MarketplaceErrors } from "../../../../contract/errors"
import {
  PUBLIC_SELLER_FIELDS,
  type SellerStatus,
  type StoreSeller,
  type StoreSellerResponse,
} from "../../../../contract/http"

/** A maker's public page: profile and published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreSellerResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: [...PUBLIC_SELLER_FIELDS, "status", "products.id", "products.status"],
    filters: { handle: req.params.handle },
  })
  const seller = data[0] as
    (StoreSeller & { status: SellerStatus; products?: ({ id: string; status: string } | null)[] }) | undefined
  if (!seller || seller.status !== "active") {
    throw notFound(MarketplaceErrors.MAKER_NOT_FOUND, `Maker ${req.params.handle} was not found`, {
      handle: req.params.handle,
    })
  }
  const product_ids = (seller.products ?? []).filter((p) => p?.status === "published").map((p) => p!.id)
  const profile = Object.fromEntries(PUBLIC_SELLER_FIELDS.map((f) => [f, seller[f]])) as StoreSeller
  res.json({ seller: profile, product_ids })
}
