// Marketplace test helpers; the generic ones live with the application's tests.
import { bearer, type Api } from "../../../backend/integration-tests/utils"

export { APP_DIR, adminToken, bearer, failure, storeFixture } from "../../../backend/integration-tests/utils"

/** Signs a person up as a seller user; returns their logged-in token and user id. */
export async function sellerUser(api: Api, email: string, name = "Test Maker") {
  const password = "seller-pass-123"
  const { data: reg } = await api.post("/auth/seller/emailpass/register", { email, password })
  const { data: created } = await api.post("/vendors/users", { name }, bearer(reg.token))
  const { data: login } = await api.post("/auth/seller/emailpass", { email, password })
  return { token: login.token as string, user_id: created.user.id as string, email }
}

/** Opens a seller owned by `token`'s person and (optionally) has the platform approve it. */
export async function openSeller(
  api: Api,
  token: string,
  handle: string,
  opts: { approveWith?: string; extra?: Record<string, unknown> } = {}
) {
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
  if (opts.approveWith)
    await api.post(`/admin/sellers/${data.seller.id}`, { status: "active" }, bearer(opts.approveWith))
  return data.seller as { id: string; handle: string }
}

export const productBody = (title: string, inr = 999) => ({
  title,
  description: `${title}, hand made in Dharavi`,
  options: [{ title: "Colour", values: ["Tan", "Black"] }],
  variants: [
    {
      title: "Tan",
      options: { Colour: "Tan" },
      prices: [
        { currency_code: "inr", amount: inr },
        { currency_code: "usd", amount: 15 },
      ],
    },
    {
      title: "Black",
      options: { Colour: "Black" },
      prices: [
        { currency_code: "inr", amount: inr },
        { currency_code: "usd", amount: 15 },
      ],
    },
  ],
})
