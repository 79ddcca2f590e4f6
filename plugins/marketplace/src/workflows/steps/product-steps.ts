import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@dharavi/errors"

/**
 * Fails with 404 (not 403) when any product is not the seller's: a seller must not even learn
 * that another seller's product id exists.
 */
export const assertSellerOwnsProductsStep = createStep(
  "assert-seller-owns-products",
  async (input: { seller_id: string; product_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "seller.id"],
      filters: { id: input.product_ids },
    })
    const owned = new Set(data.filter((p: any) => p.seller?.id === input.seller_id).map((p: any) => p.id))
    const missing = input.product_ids.filter((id) => !owned.has(id))
    if (missing.length) {
      throw notFound("product_not_found", `Product ${missing.join(", ")} was not found`, { product_ids: missing })
    }
    return new StepResponse(undefined)
  }
)

/** Resolves a variant of one of the seller's products to its inventory item. */
export const resolveSellerVariantInventoryStep = createStep(
  "resolve-seller-variant-inventory",
  async (input: { seller_id: string; product_id: string; variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id", "manage_inventory", "inventory_items.inventory_item_id", "product.seller.id"],
      filters: { id: input.variant_id },
    })
    const variant: any = data[0]
    if (!variant || variant.product_id !== input.product_id || variant.product?.seller?.id !== input.seller_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    }
    const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
    if (!variant.manage_inventory || !inventoryItemId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This variant does not track inventory")
    }
    return new StepResponse({ inventory_item_id: inventoryItemId as string })
  }
)

/** The seller's products (all, and those published) plus the seller's metadata. */
export const listSellerProductIdsStep = createStep(
  "list-seller-product-ids",
  async (input: { seller_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "seller",
      fields: ["id", "status", "metadata", "products.id", "products.status", "products.metadata"],
      filters: { id: input.seller_id },
    })
    const seller: any = data[0]
    if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} was not found`)
    const products = (seller.products ?? []).filter(Boolean)
    return new StepResponse({
      all: products.map((p: any) => p.id as string),
      published: products.filter((p: any) => p.status === "published").map((p: any) => p.id as string),
      /** Listed while the seller awaited approval, to go on sale once approved. */
      awaiting_approval: products
        .filter((p: any) => p.status === "draft" && p.metadata?.publish_on_approval)
        .map((p: any) => p.id as string),
      seller_status: seller.status as string,
      metadata: (seller.metadata ?? {}) as Record<string, unknown>,
    })
  }
)
