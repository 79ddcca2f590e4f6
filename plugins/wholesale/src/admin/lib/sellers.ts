import { useAdminResource } from "./api"
import type { Seller } from "./wholesale"

/**
 * The marketplace's sellers (`GET /admin/sellers`, from @dharavi/marketplace). Without that plugin
 * the route does not exist: `error` says so and the pages do without seller names.
 */
export function useSellers() {
  const { data, error, loading } = useAdminResource<{ sellers: Seller[] }>("/admin/sellers?limit=200")
  const sellers = data?.sellers ?? []
  const nameOf = (id: string | null) => (id ? (sellers.find((s) => s.id === id)?.name ?? null) : null)
  return { sellers, error, loading, nameOf }
}
