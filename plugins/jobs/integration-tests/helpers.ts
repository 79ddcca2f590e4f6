// Jobs test helpers; the generic ones live with the application's tests.
import { bearer, customerToken, type Api } from "../../../backend/integration-tests/utils"

export { APP_DIR, adminToken, bearer, failure, storeFixture } from "../../../backend/integration-tests/utils"

type Store = { headers: Record<string, string> }

/** Request config for a logged-in customer (store routes need the publishable key too). */
export const as = (store: Store, token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })

const day = 24 * 3600_000
export const inDays = (n: number) => new Date(Date.now() + n * day).toISOString().slice(0, 10)

/** A customer with a karigar profile; returns their token, ids and private contact. */
export async function karigar(api: Api, store: Store, name: string, profile: Record<string, unknown> = {}) {
  const c = await customerToken(api, store, name)
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
  const contact = {
    phone: `+91 98${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    email: `${slug}.${Date.now()}@karigar.example.in`,
  }
  const { data } = await api.post(
    "/store/jobs/profile",
    {
      name,
      area: "Kumbharwada",
      skills: [{ trade: "leather_cutting", level: "skilled" }],
      years_experience: 6,
      languages: ["hi", "mr"],
      expected_wage: 600,
      wage_period: "day",
      available_tomorrow: true,
      story: "Learnt cutting from my uncle in 13th Compound.",
      ...contact,
      ...profile,
    },
    as(store, c.token)
  )
  return {
    ...c,
    karigar_id: data.karigar.id as string,
    contact: { phone: data.karigar.phone as string, email: data.karigar.email as string },
  }
}

/** A business customer with an employer profile. */
export async function businessEmployer(api: Api, store: Store, name: string) {
  const c = await customerToken(api, store, name)
  const contact = {
    phone: `+91 99${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    email: `hr.${Date.now()}.${Math.floor(Math.random() * 1e6)}@employer.example.in`,
  }
  const { data } = await api.post(
    "/store/jobs/employer",
    { name: `${name} Leather Works`, area: "Kumbharwada", about: "Bags for export.", ...contact },
    as(store, c.token)
  )
  return { ...c, employer_id: data.employer.id as string, contact }
}

/** A seller user who owns a (pending) marketplace seller, with the seller's employer profile. */
export async function sellerEmployer(api: Api, handle: string) {
  const email = `${handle}@seller.example.in`
  const password = "seller-pass-123"
  const { data: reg } = await api.post("/auth/seller/emailpass/register", { email, password })
  await api.post("/vendors/users", { name: `Owner of ${handle}` }, bearer(reg.token))
  const { data: login } = await api.post("/auth/seller/emailpass", { email, password })
  const token = login.token as string
  const { data } = await api.post(
    "/vendors/sellers",
    {
      handle,
      name: `Workshop ${handle}`,
      crafts: ["leather"],
      area: "Kumbharwada",
      story: { en: "Leather since 1970." },
      contact: { phone: "+91 90000 00000" },
    },
    bearer(token)
  )
  const seller_id = data.seller.id as string
  const contact = {
    phone: `+91 97${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    email: `jobs@${handle}.example.in`,
  }
  const { data: emp } = await api.post(
    `/vendors/sellers/${seller_id}/jobs/employer`,
    { name: `Workshop ${handle}`, area: "Kumbharwada", ...contact },
    bearer(token)
  )
  return { token, seller_id, employer_id: emp.employer.id as string, contact, auth: bearer(token) }
}

export const postBody = (over: Record<string, unknown> = {}) => ({
  title: "Leather cutter for laptop bags",
  description: "Cutting full-grain leather panels from patterns.",
  skills: [{ trade: "leather_cutting", level: "skilled" }],
  employment_type: "long_term",
  wage_amount: 700,
  wage_period: "day",
  shifts: ["day"],
  area: "Kumbharwada",
  landmark: "Behind the 90 Feet Road mosque",
  address: "Unit 14, 2nd floor, Shed 7, 90 Feet Road, Dharavi, Mumbai 400017",
  openings: 2,
  starts_on: inDays(2),
  ...over,
})
