import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Resolver = { resolve: (key: string) => any; hasRegistration?: (key: string) => boolean }
type GraphArgs = { entity: string; fields: string[]; filters?: Record<string, unknown> }

/** The marketplace plugin's module key; its seller <-> product link comes with it. */
export const SELLER_MODULE_KEY = "seller"

/**
 * Sellers belong to the marketplace plugin, which this plugin never imports: it reads a product's
 * maker through the marketplace's seller <-> product link with `query.graph` (`product.seller.*`,
 * `seller.products.*`), and does without makers when the marketplace is not installed.
 */
export function sellersInstalled(container: Resolver): boolean {
  return Boolean(container.hasRegistration?.(SELLER_MODULE_KEY))
}

/** `query.graph` with the maker's fields added when there are makers. */
export async function graphWithSeller(container: Resolver, args: GraphArgs, sellerFields: string[]): Promise<any[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = sellersInstalled(container) ? [...args.fields, ...sellerFields] : args.fields
  const { data } = await query.graph({ ...args, fields })
  return data as any[]
}

/** Sellers matching `filters`; null when the marketplace is not installed. */
export async function findSellers(container: Resolver, filters: Record<string, unknown>, fields: string[]): Promise<any[] | null> {
  if (!sellersInstalled(container)) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields, filters })
  return data as any[]
}
