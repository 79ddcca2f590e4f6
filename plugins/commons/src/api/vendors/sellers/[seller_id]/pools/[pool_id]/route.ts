import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { PoolResponse, VendorPoolDetailResponse } from "../../../../../../contract"
import { updatePoolWorkflow } from "../../../../../../workflows"
import { managedPool, type SellerRequest } from "../../../../../seller-member"
import { poolWithSellerReport, publicPool } from "../../../../../utils"
import type { PostAdminPoolUpdate } from "../../../../../validators"

/** One of the seller's pools: live progress while open, the settlement report once decided. */
export async function GET(req: SellerRequest, res: MedusaResponse<VendorPoolDetailResponse>) {
  res.json(poolWithSellerReport(await managedPool(req, { relations: ["pledges"] })))
}

/** Changes the seller's pool under the admin's rules: terms only in draft, then title, description and pickup point. */
export async function POST(req: SellerRequest<z.infer<typeof PostAdminPoolUpdate>>, res: MedusaResponse<PoolResponse>) {
  const pool = await managedPool(req)
  const { result } = await updatePoolWorkflow(req.scope).run({ input: { id: pool.id, update: req.validatedBody } })
  res.json({ pool: publicPool(result) })
}
