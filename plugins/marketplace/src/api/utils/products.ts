import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export const VENDOR_PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "weight",
  "metadata",
  "created_at",
  "updated_at",
  "images.url",
  "categories.id",
  "categories.name",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

export async function sellerProductIds(scope: MedusaContainer, sellerId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields: ["products.id"], filters: { id: sellerId } })
  const seller = data[0] as { products?: ({ id: string } | null)[] } | undefined
  return (seller?.products ?? []).filter((p): p is { id: string } => Boolean(p)).map((p) => p.id)
}

/** Seller products go on the store's default sales channel with the default shipping profile. */
export async function defaultSalesChannelAndProfile(scope: MedusaContainer) {
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const [profile] = await scope.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!store?.default_sales_channel_id || !profile) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no default sales channel or shipping profile")
  }
  return { sales_channel_id: store.default_sales_channel_id, shipping_profile_id: profile.id }
}
