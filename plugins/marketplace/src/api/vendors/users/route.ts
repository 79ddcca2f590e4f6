import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { invalid } from "@dharavi/errors"
import { MarketplaceErrors } from "../../../contract/errors"
import type { VendorUserResponse } from "../../../contract/http"
import { registerSellerUserWorkflow } from "../../../workflows"
import type { PostVendorUserType } from "../../validators"

/** After /auth/seller/emailpass/register: turns the new identity into a seller account. */
export async function POST(
  req: AuthenticatedMedusaRequest<PostVendorUserType>,
  res: MedusaResponse<VendorUserResponse>
) {
  if (req.auth_context.actor_id) {
    throw invalid(MarketplaceErrors.ALREADY_REGISTERED, "This login already has a seller account", {})
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, {
    relations: ["provider_identities"],
  })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw invalid(MarketplaceErrors.EMAIL_LOGIN_REQUIRED, "Register with an email and password first", {})
  const { result } = await registerSellerUserWorkflow(req.scope).run({
    input: { auth_identity_id: identity.id, email, name: req.validatedBody.name, phone: req.validatedBody.phone },
  })
  res.status(201).json({ user: result })
}
