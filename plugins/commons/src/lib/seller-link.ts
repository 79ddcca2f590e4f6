type Resolver = { resolve: (key: string) => any; hasRegistration?: (key: string) => boolean }

/** The marketplace plugin's module key; its seller <-> product link comes with it. */
export const SELLER_MODULE_KEY = "seller"

/**
 * Sellers belong to the marketplace plugin, which this plugin never imports: a seller-managed pool
 * reads its material's maker through the marketplace's seller <-> product link with `query.graph`
 * (`product.seller.id`), and pools managed by the platform work without the marketplace.
 */
export function sellersInstalled(container: Resolver): boolean {
  return Boolean(container.hasRegistration?.(SELLER_MODULE_KEY))
}
