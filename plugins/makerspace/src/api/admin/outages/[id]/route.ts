import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { makerspace } from "../../../utils/makerspace"

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const service = makerspace(req.scope)
  await service.retrieveOutage(req.params.id)
  await service.deleteOutages(req.params.id)
  res.json({ id: req.params.id, object: "outage", deleted: true })
}
