// Search test helpers: a small Dharavi catalogue made through the other plugins' own routes, so
// documents reach the index the way they do in production (events), never by writing it directly.
import { bearer, customerToken, type Api } from "../../../backend/integration-tests/utils"
import { openSeller, sellerUser } from "../../marketplace/integration-tests/helpers"

export { APP_DIR, adminToken, bearer, failure, storeFixture } from "../../../backend/integration-tests/utils"

type Store = { headers: Record<string, string> }
type Headers = { headers: Record<string, string> }

/** Retries an assertion until it holds (subscribers index after the request that changed things). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 150))
    }
  }
}

/** GET /store/search with these query parameters. */
export async function search(api: Api, store: Store, params: Record<string, string | number | boolean> = {}) {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
  const { data } = await api.get(`/store/search?${query}`, store)
  return data as {
    query: string
    hits: Array<{
      type: string
      id: string
      handle: string | null
      title: string
      title_i18n: any
      subtitle: string | null
      price: any
      area: string | null
      crafts: string[]
      categories: string[]
      wholesale: boolean
      data: any
    }>
    count: number
    facets: Record<string, Array<{ value: string; label?: string; count: number; min?: number; max?: number }>> | null
    provider: string
  }
}

/** A seller user who opens an approved maker (with the private contact and payout details every shop has). */
export async function maker(api: Api, adminToken: string, handle: string, fields: Record<string, unknown>) {
  const { token } = await sellerUser(api, `${handle}@maker.example.in`)
  const seller = await openSeller(api, token, handle, { approveWith: adminToken, extra: fields })
  return { id: seller.id, token }
}

/** A published product listed by a maker, with retail prices. */
export async function product(
  api: Api,
  sellerId: string,
  token: string,
  fields: {
    title: string
    inr: number
    usd?: number
    hi?: string
    mr?: string
    description?: string
    category_ids?: string[]
    status?: "draft" | "published"
  }
) {
  const { data } = await api.post(
    `/vendors/sellers/${sellerId}/products`,
    {
      title: fields.title,
      description: fields.description ?? `${fields.title}, made by hand in Dharavi`,
      category_ids: fields.category_ids,
      status: fields.status ?? "published",
      metadata: {
        i18n: {
          ...(fields.hi ? { hi: { title: fields.hi } } : {}),
          ...(fields.mr ? { mr: { title: fields.mr } } : {}),
        },
      },
      options: [{ title: "Size", values: ["Standard", "Large"] }],
      variants: [
        {
          title: "Standard",
          options: { Size: "Standard" },
          prices: [
            { currency_code: "inr", amount: fields.inr },
            ...(fields.usd ? [{ currency_code: "usd", amount: fields.usd }] : []),
          ],
        },
        {
          title: "Large",
          options: { Size: "Large" },
          prices: [
            { currency_code: "inr", amount: fields.inr + 200 },
            ...(fields.usd ? [{ currency_code: "usd", amount: fields.usd + 3 }] : []),
          ],
        },
      ],
    },
    bearer(token)
  )
  return data.product as { id: string; handle: string }
}

/** A live job post from a business employer, with a private address and contact. */
export async function liveJob(api: Api, store: Store, admin: Headers, over: Record<string, unknown> = {}) {
  const employer = await customerToken(api, store, "Farhan Qureshi")
  const as = { headers: { ...store.headers, authorization: `Bearer ${employer.token}` } }
  await api.post(
    "/store/jobs/employer",
    {
      name: "Qureshi Bag House",
      area: "Kumbharwada",
      phone: "+91 99870 55555",
      email: "hr.private@qureshi.example.in",
    },
    as
  )
  const startsOn = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)
  const { data } = await api.post(
    "/store/jobs/employer/posts",
    {
      title: "Zari karigar for wedding blouses",
      description: "Fine zari and aari work on silk blouses.",
      skills: [{ trade: "zari_embroidery", level: "skilled" }],
      employment_type: "daily",
      wage_amount: 650,
      wage_period: "day",
      shifts: ["day"],
      area: "Koliwada",
      landmark: "Near Koliwada fish market",
      address: "Room 7, Sion Koliwada Chawl 3, Mumbai 400022",
      openings: 2,
      starts_on: startsOn,
      ...over,
    },
    as
  )
  await api.post(`/admin/jobs/posts/${data.post.id}/moderate`, { status: "live" }, admin)
  return { id: data.post.id as string, employer: as }
}
