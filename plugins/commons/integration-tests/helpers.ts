// Commons test helpers; the generic ones live with the application's tests.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { adminToken, bearer, storeFixture, type Api } from "../../../backend/integration-tests/utils"
import { COMMONS_MODULE } from "../src/modules/commons"

export { APP_DIR, bearer, customerToken, failure, waitFor } from "../../../backend/integration-tests/utils"

// The card-gateway double (declines, failed captures) beside the system provider; specs set
// DHARAVI_TEST_GATEWAY before the application boots.
export const CARD = { provider_id: "pp_test-card_test-card", data: { card: "4242424242424242" } }
export const DECLINED = { provider_id: "pp_test-card_test-card", data: { card: "4000000000000002" } }
export const FAILS_ONCE = { provider_id: "pp_test-card_test-card", data: { card: "4000000000000119" } }

export const hour = 3600_000
export type Material = { product_id: string; variant_id: string }

/** A store, an admin and the India region paying by the system provider and the card double. */
export async function commonsFixture(api: Api, container: MedusaContainer) {
  const { store } = await storeFixture(container)
  const admin = bearer(await adminToken(api, container))
  await api.post(
    "/admin/regions",
    {
      name: "India",
      currency_code: "inr",
      countries: ["in"],
      payment_providers: ["pp_system_default", CARD.provider_id],
    },
    admin
  )
  return { store, admin, as: (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } }) }
}

/** A raw material the platform sells: a published product whose one variant tracks no stock. */
export async function platformMaterial(api: Api, admin: ReturnType<typeof bearer>): Promise<Material> {
  const { data } = await api.post(
    "/admin/products",
    {
      title: "Goat leather hide",
      status: "published",
      options: [{ title: "Grade", values: ["A"] }],
      variants: [
        {
          title: "Grade A",
          options: { Grade: "A" },
          prices: [{ currency_code: "inr", amount: 450 }],
          manage_inventory: false,
        },
      ],
    },
    admin
  )
  return { product_id: data.product.id, variant_id: data.product.variants[0].id }
}

/** A hide pool's terms: cases of 10, ₹400 / ₹350 from 100 / ₹300 from 200, minimum 50, maximum 250. */
export const poolBody = (material: Material, over: Record<string, unknown> = {}) => ({
  handle: `goat-hides-${Math.random().toString(36).slice(2, 8)}`,
  title: "Goat leather hides, tanned",
  ...material,
  unit: "hide",
  case_size: 10,
  tiers: [
    { min_quantity: 0, unit_price: 400 },
    { min_quantity: 100, unit_price: 350 },
    { min_quantity: 200, unit_price: 300 },
  ],
  min_quantity: 50,
  max_quantity: 250,
  opens_at: new Date(Date.now() - hour).toISOString(),
  closes_at: new Date(Date.now() + 24 * hour).toISOString(),
  pickup_point: "Dharavi Commons Warehouse, 90 Feet Road",
  freight_cost: 900,
  handling_cost: 100,
  ...over,
})

/** Closing time has come: the pool's clock is moved, as the settlement job would find it. */
export const closePool = (container: MedusaContainer, poolId: string) =>
  container.resolve(COMMONS_MODULE).updateGroupBuyPools({ id: poolId, closes_at: new Date(Date.now() - 1000) })

export const paymentOf = (container: MedusaContainer, id: string) =>
  container.resolve(Modules.PAYMENT).retrievePayment(id, { relations: ["captures"] })

/**
 * The every-minute `commons-settle-pools` job also settles closed pools in tests. A test that stops a
 * settlement halfway and looks at what it left starts early in a minute, so the tick cannot retry it
 * before the test has looked.
 */
export async function clearOfTheJobsTick(seconds = 25) {
  const intoMinute = (Date.now() % 60_000) / 1000
  if (intoMinute > 60 - seconds) await new Promise((r) => setTimeout(r, (61 - intoMinute) * 1000))
}

/**
 * A seller user who owns a (pending) marketplace seller with one raw material of its own: a product
 * whose variant tracks no stock, listed through the marketplace's vendor routes.
 */
export async function sellerWithMaterial(api: Api, handle: string) {
  const email = `${handle}@seller.example.in`
  const password = "seller-pass-123"
  const { data: reg } = await api.post("/auth/seller/emailpass/register", { email, password })
  await api.post("/vendors/users", { name: `Owner of ${handle}` }, bearer(reg.token))
  const { data: login } = await api.post("/auth/seller/emailpass", { email, password })
  const auth = bearer(login.token)
  const { data } = await api.post(
    "/vendors/sellers",
    {
      handle,
      name: `Co-op ${handle}`,
      crafts: ["leather"],
      area: "Kumbharwada",
      story: { en: "Buying hides together since 2019." },
      contact: { phone: "+91 90000 00000" },
    },
    auth
  )
  const seller_id = data.seller.id as string
  const { data: listed } = await api.post(
    `/vendors/sellers/${seller_id}/products`,
    {
      title: `Tanned hides (${handle})`,
      options: [{ title: "Grade", values: ["A"] }],
      variants: [
        {
          title: "Grade A",
          options: { Grade: "A" },
          prices: [{ currency_code: "inr", amount: 450 }],
          manage_inventory: false,
        },
      ],
    },
    auth
  )
  return {
    token: login.token as string,
    auth,
    seller_id,
    material: { product_id: listed.product.id as string, variant_id: listed.product.variants[0].id as string },
  }
}

/** A seller user with no membership of any seller. */
export async function sellerUser(api: Api, name: string) {
  const email = `${name}-${Date.now()}@seller.example.in`
  const password = "seller-pass-123"
  const { data: reg } = await api.post("/auth/seller/emailpass/register", { email, password })
  await api.post("/vendors/users", { name }, bearer(reg.token))
  const { data: login } = await api.post("/auth/seller/emailpass", { email, password })
  return bearer(login.token)
}
