import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { notAllowed, notFound } from "@dharavi/errors"
import { MarketplaceErrors } from "../../contract/errors"
import type { SellerStatus } from "../../contract/http"

/** What these steps read of a product through the seller link. */
type LinkedProduct = {
  id: string
  status?: string
  metadata?: Record<string, unknown> | null
  seller?: { id: string } | null
}

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
    const owned = new Set((data as LinkedProduct[]).filter((p) => p.seller?.id === input.seller_id).map((p) => p.id))
    const missing = input.product_ids.filter((id) => !owned.has(id))
    if (missing.length) {
      throw notFound(MarketplaceErrors.PRODUCT_NOT_FOUND, `Product ${missing.join(", ")} was not found`, {
        product_ids: missing,
      })
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
    const variant = data[0] as
      | {
          product_id: string
          manage_inventory: boolean
          inventory_items?: { inventory_item_id: string }[]
          product?: LinkedProduct
        }
      | undefined
    if (!variant || variant.product_id !== input.product_id || variant.product?.seller?.id !== input.seller_id) {
      throw notFound(MarketplaceErrors.VARIANT_NOT_FOUND, `Variant ${input.variant_id} was not found`, {
        variant_id: input.variant_id,
      })
    }
    const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
    if (!variant.manage_inventory || !inventoryItemId) {
      throw notAllowed(MarketplaceErrors.VARIANT_NOT_STOCKED, "This variant does not track inventory", {
        variant_id: input.variant_id,
      })
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
    const seller = data[0] as
      | { status: SellerStatus; metadata: Record<string, unknown> | null; products?: (LinkedProduct | null)[] }
      | undefined
    if (!seller)
      throw notFound(MarketplaceErrors.SELLER_NOT_FOUND, `Seller ${input.seller_id} was not found`, {
        seller_id: input.seller_id,
      })
    const products = (seller.products ?? []).filter((p): p is LinkedProduct => Boolean(p))
    return new StepResponse({
      all: products.map((p) => p.id),
      published: products.filter((p) => p.status === "published").map((p) => p.id),
      /** Listed while the seller awaited approval, to go on sale once approved. */
      awaiting_approval: products
        .filter((p) => p.status === "draft" && p.metadata?.publish_on_approval)
        .map((p) => p.id),
      seller_status: seller.status,
      metadata: (seller.metadata ?? {}) as Record<string, unknown>,
    })
  }
)
