// Marketplace read paths against stock Medusa's product listing, measured in the same run.
import { load, table } from "./lib.mjs"

export default async function marketplaceBench({ backendUrl, publishableKey, seconds }) {
  const headers = { "x-publishable-api-key": publishableKey }
  const regions = await (await fetch(`${backendUrl}/store/regions`, { headers })).json()
  const india = regions.regions.find((r) => r.currency_code === "inr").id
  const routes = [
    ["stock: GET /store/products (20, priced)", `/store/products?limit=20&region_id=${india}`],
    [
      "ours: GET /store/products + maker (20, priced)",
      `/store/products?limit=20&region_id=${india}&fields=+seller.name,+seller.handle`,
    ],
    ["ours: GET /store/sellers (maker directory)", `/store/sellers?limit=20`],
    ["ours: GET /store/sellers/:handle (maker page)", `/store/sellers/imran-leather-works`],
  ]
  // The stock route runs first and again last; the baseline is the better of the two, so warm-up
  // order never flatters our routes.
  routes.push(["stock: GET /store/products (again)", routes[0][1]])
  const rows = []
  for (const [name, path] of routes)
    rows.push({ name, ...(await load({ url: `${backendUrl}${path}`, headers, seconds })) })
  const stock = [rows[0], rows[rows.length - 1]].sort((a, b) => a.p50 - b.p50)[0]
  table(rows, stock)
  return rows
}
