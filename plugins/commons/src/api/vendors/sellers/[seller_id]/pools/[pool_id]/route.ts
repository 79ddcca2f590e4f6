import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { updatePoolWorkflow } from "../../../../../../workflows"
import { managedPool, type SellerRequest } from "../../../../../seller-member"
import { poolWithReport, publicPool } from "../../../../../utils"
import type { PostAdminPoolUpdate } from "../../../../../validators"

/** One of the seller's pools: live progress while open, the settlement report once decided. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json(poolWithReport(await managedPool(req, { relations: ["pledges"] }), { forSeller: true }))
}

/** Changes the seller's pool under the admin's rules: terms only in draft, then title, description and pickup point. */
export async function POST(req: SellerRequest<z.infer<typeof PostAdminPoolUpdate>>, res: MedusaResponse) {
  const pool = await managedPool(req)
  const { result } = await updatePoolWorkflow(req.scope).run({ input: { id: pool.id, update: req.validatedBody as any } })
  res.json({ pool: publicPool(result) })
}
