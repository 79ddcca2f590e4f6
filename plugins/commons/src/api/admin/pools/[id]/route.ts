import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { commonsService } from "../../../../lib/commons"
import { updatePoolWorkflow } from "../../../../workflows"
import { publicPool } from "../../../utils"
import type { PostAdminPoolUpdate } from "../../../validators"

/** A pool with its pledges: live progress while open, the settlement report once decided. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const pool = await commonsService(req.scope).retrieveGroupBuyPool(req.params.id, { relations: ["pledges"] })
  const pledges = [...(pool.pledges ?? [])].sort((a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const sum = (f: (p: any) => number) => Math.round(pledges.reduce((s, p) => s + f(p), 0) * 100) / 100
  res.json({
    pool: publicPool(pool),
    pledges,
    report: {
      live: pledges.filter((p: any) => p.status === "active").length,
      captured: pledges.filter((p: any) => p.status === "captured").length,
      capture_failed: pledges.filter((p: any) => p.status === "capture_failed").length,
      released: pledges.filter((p: any) => p.status === "released").length,
      withdrawn: pledges.filter((p: any) => p.status === "withdrawn").length,
      amount_due: sum((p) => Number(p.amount_due ?? 0)),
      amount_captured: sum((p) => (p.status === "captured" ? Number(p.amount_due ?? 0) : 0)),
    },
  })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PostAdminPoolUpdate>>, res: MedusaResponse) {
  const { result } = await updatePoolWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody as any } })
  res.json({ pool: publicPool(result) })
}
