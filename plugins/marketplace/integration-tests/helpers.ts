import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/** Plugin HTTP tests boot the whole application (backend/), which loads this plugin. */
export const APP_DIR = path.resolve(__dirname, "../../../backend")

type Api = {
  get: (url: string, config?: any) => Promise<any>
  post: (url: string, body?: any, config?: any) => Promise<any>
  delete: (url: string, config?: any) => Promise<any>
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** Runs a request that must fail; returns the axios error response (status and message). */
export async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (error: any) {
    if (error.response) return error.response as { status: number; data: { message: string; type?: string } }
    throw error
  }
  throw new Error("expected the request to fail, but it succeeded")
}

let adminCounter = 0
export async function adminToken(api: Api, container: MedusaContainer) {
  const email = `admin${++adminCounter}-${Date.now()}@dharavi.test`
  const password = "admin-pass-123"
  const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password } } as any)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return data.token as string
}

/** Signs a person up as a seller user; returns their logged-in token and user id. */
export async function sellerUser(api: Api, email: string, name = "Test Maker") {
  const password = "seller-pass-123"
  const { data: reg } = await api.post("/auth/seller/emailpass/register", { email, password })
  const { data: created } = await api.post("/vendors/users", { name }, bearer(reg.token))
  const { data: login } = await api.post("/auth/seller/emailpass", { email, password })
  return { token: login.token as string, user_id: created.user.id as string, email }
}

/** Opens a seller owned by `token`'s person and (optionally) has the platform approve it. */
export async function openSeller(api: Api, token: string, handle: string, opts: { approveWith?: string; extra?: Record<string, unknown> } = {}) {
  const { data } = await api.post(
    "/vendors/sellers",
    {
      handle,
      name: `Workshop ${handle}`,
      crafts: ["leather"],
      area: "Kumbharwada",
      story: { en: "Three generations of leather work.", hi: "तीन पीढ़ियों से चमड़े का काम।" },
      contact: { phone: "+91 98200 00000", email: `${handle}@example.in` },
      payout_details: { upi_id: `${handle}@upi` },
      ...opts.extra,
    },
    bearer(token)
  )
  if (opts.approveWith) await api.post(`/admin/sellers/${data.seller.id}`, { status: "active" }, bearer(opts.approveWith))
  return data.seller as { id: string; handle: string }
}

export const productBody = (title: string, inr = 999) => ({
  title,
  description: `${title}, hand made in Dharavi`,
  options: [{ title: "Colour", values: ["Tan", "Black"] }],
  variants: [
    { title: "Tan", options: { Colour: "Tan" }, prices: [{ currency_code: "inr", amount: inr }, { currency_code: "usd", amount: 15 }] },
    { title: "Black", options: { Colour: "Black" }, prices: [{ currency_code: "inr", amount: inr }, { currency_code: "usd", amount: 15 }] },
  ],
})

/**
 * The least a store needs for sellers to list products: a default sales channel, a default
 * shipping profile and a publishable key. (The order tests use the full demo seed instead.)
 */
export async function storeFixture(container: MedusaContainer) {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test storefront" }] },
  })
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_sales_channel_id: channels[0].id } },
  })
  const profiles = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!profiles.length) {
    await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } })
  }
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channels[0].id] } })
  return { sales_channel_id: channels[0].id, store: { headers: { "x-publishable-api-key": keys[0].token } } }
}
