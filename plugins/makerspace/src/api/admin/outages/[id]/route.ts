import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOutageDeleteResponse } from "../../../../contract"
import { MAKERSPACE_MODULE } from "../../../../modules/makerspace"

export async function DELETE(req: MedusaRequest, res: MedusaResponse<AdminOutageDeleteResponse>) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  await service.retrieveOutage(req.params.id)
  await service.deleteOutages(req.params.id)
  res.json({ id: req.params.id, object: "outage", deleted: true })
}
