import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createRemoteLinkStep,
  deleteProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { CreateProductWorkflowInputDTO, UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../modules/seller"
import { recordAuditEntryStep } from "./steps/seller-steps"
import { assertSellerOwnsProductsStep, resolveSellerVariantInventoryStep } from "./steps/product-steps"
import { setStockedQuantityStep } from "./steps/inventory-steps"
import type { Actor } from "./types"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"

/**
 * A product's changes by its seller go one at a time: an update or a stock change that arrives while
 * the product is being deleted waits, then finds it gone (404 product_not_found) instead of answering
 * 200 with nothing changed; two deletes delete (and log) once.
 */
const lockProduct = (input: { product_id: string }) =>
  lockRecordStep(transform({ input }, ({ input }) => ({ key: `product:${input.product_id}` })))

const audit =
  (action: string) =>
  ({ input, id }: { input: { seller_id: string; actor: Actor }; id: string }) => ({
    seller_id: input.seller_id,
    user_id: input.actor.user_id,
    role: input.actor.role,
    action,
    resource_type: "product",
    resource_id: id,
  })

/** A member lists a new product for their seller: Medusa creates it, then it is linked to its maker. */
export const createSellerProductWorkflow = createWorkflow(
  "create-seller-product",
  (input: { seller_id: string; actor: Actor; product: CreateProductWorkflowInputDTO }) => {
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ products: [input.product] })),
    })
    const id = transform({ products }, ({ products }) => products[0].id)
    createRemoteLinkStep(
      transform({ input, id }, ({ input, id }) => [
        { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: id } },
      ])
    )
    recordAuditEntryStep(transform({ input, id }, audit("product.created")))
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
  }
)

export const updateSellerProductWorkflow = createWorkflow(
  "update-seller-product",
  (input: { seller_id: string; actor: Actor; product_id: string; update: UpdateProductWorkflowInputDTO }) => {
    const held = lockProduct(input)
    assertSellerOwnsProductsStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, product_ids: [input.product_id] }))
    )
    const products = updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ selector: { id: input.product_id }, update: input.update })),
    })
    recordAuditEntryStep(
      transform({ input }, ({ input }) => ({
        ...audit("product.updated")({ input, id: input.product_id }),
        details: { fields: Object.keys(input.update) },
      }))
    )
    unlockRecordStep(held)
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
  }
)

export const deleteSellerProductWorkflow = createWorkflow(
  "delete-seller-product",
  (input: { seller_id: string; actor: Actor; product_id: string }) => {
    const held = lockProduct(input)
    assertSellerOwnsProductsStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, product_ids: [input.product_id] }))
    )
    deleteProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.product_id] })) })
    recordAuditEntryStep(transform({ input }, ({ input }) => audit("product.deleted")({ input, id: input.product_id })))
    unlockRecordStep(held)
    return new WorkflowResponse({ id: input.product_id })
  }
)

/** Sets the stock of one of the seller's variants at a location (default: the store's warehouse). */
export const setSellerVariantStockWorkflow = createWorkflow(
  "set-seller-variant-stock",
  (input: {
    seller_id: string
    actor: Actor
    product_id: string
    variant_id: string
    stocked_quantity: number
    location_id?: string
  }) => {
    const held = lockProduct(input)
    const item = resolveSellerVariantInventoryStep({
      seller_id: input.seller_id,
      product_id: input.product_id,
      variant_id: input.variant_id,
    })
    const level = setStockedQuantityStep(
      transform({ input, item }, ({ input, item }) => ({
        inventory_item_id: item.inventory_item_id,
        location_id: input.location_id,
        stocked_quantity: input.stocked_quantity,
      }))
    )
    recordAuditEntryStep(
      transform({ input }, ({ input }) => ({
        ...audit("inventory.updated")({ input, id: input.product_id }),
        details: { variant_id: input.variant_id, stocked_quantity: input.stocked_quantity },
      }))
    )
    unlockRecordStep(held)
    return new WorkflowResponse(level)
  }
)
