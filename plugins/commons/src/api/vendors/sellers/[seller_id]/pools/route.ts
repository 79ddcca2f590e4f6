import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { PoolResponse, PoolsResponse } from "../../../../../contract"
import { createPoolWorkflow } from "../../../../../workflows"
import { type SellerRequest } from "../../../../seller-member"
import { listPools, publicPool } from "../../../../utils"
import type { PostAdminPool } from "../../../../validators"

/** The pools this seller manages, newest first, with their progress. */
export async function GET(req: SellerRequest, res: MedusaResponse<PoolsResponse>) {
  res.json(await listPools(req, { manager_type: "seller", manager_id: req.commons_seller!.seller_id }))
}

/** A draft pool for one of the seller's own variants (the workflow checks whose product it is). */
export async function POST(req: SellerRequest<z.infer<typeof PostAdminPool>>, res: MedusaResponse<PoolResponse>) {
  const { result } = await createPoolWorkflow(req.scope).run({
    input: { ...req.validatedBody, manager_type: "seller", manager_id: req.commons_seller!.seller_id },
  })
  res.status(201).json({ pool: publicPool(result) })
}
