import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  StepResponse,
  WorkflowResponse,
  createStep,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { codedError, invalid, notAllowed } from "@dharavi/errors"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import { CommonsErrors, CommonsEvents, type CommonsErrorDetails, type PoolStatus } from "../contract"
import { sellersInstalled } from "../lib/seller-link"
import { COMMONS_MODULE } from "../modules/commons"
import { asJson } from "../modules/commons/service"
import { releasePoolPledgesStep } from "./steps/settlement-steps"

export type PoolInput = {
  handle: string
  title: string
  description?: Record<string, string> | null
  product_id: string
  variant_id: string
  unit: string
  case_size: number
  currency_code: string
  tiers: { min_quantity: number; unit_price: number }[]
  min_quantity: number
  max_quantity: number
  opens_at: Date
  closes_at: Date
  fulfilment: "pickup" | "delivery"
  pickup_point?: string | null
  freight_cost?: number
  handling_cost?: number
  cost_split?: "quantity" | "equal"
  manager_type?: "admin" | "seller"
  manager_id?: string | null
}

/**
 * A pool's material is a variant of its product that tracks no stock: the supplier ships to order, so
 * the pool's orders must not wait on, or reserve, warehouse stock. A seller's pool must be for one of
 * the seller's own products (the marketplace's seller <-> product link).
 */
async function checkMaterial(
  container: MedusaContainer,
  pool: Pick<PoolInput, "product_id" | "variant_id" | "manager_type" | "manager_id">
) {
  const bySeller = pool.manager_type === "seller"
  if (bySeller && !sellersInstalled(container)) {
    throw invalid<CommonsErrorDetails["pool_needs_marketplace"]>(
      CommonsErrors.POOL_NEEDS_MARKETPLACE,
      "A seller's pool needs the marketplace plugin",
      {}
    )
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product_id", "manage_inventory", "allow_backorder", ...(bySeller ? ["product.seller.id"] : [])],
    filters: { id: pool.variant_id },
  })
  // The seller link comes from the marketplace plugin, so `product.seller` is not in Medusa's own types.
  const variant = data[0] as
    | {
        product_id: string
        manage_inventory: boolean
        allow_backorder: boolean
        product?: { seller?: { id: string } | null }
      }
    | undefined
  if (!variant || variant.product_id !== pool.product_id) {
    throw invalid<CommonsErrorDetails["pool_variant_mismatch"]>(
      CommonsErrors.POOL_VARIANT_MISMATCH,
      `Variant ${pool.variant_id} is not a variant of product ${pool.product_id}`,
      {
        product_id: pool.product_id,
        variant_id: pool.variant_id,
      }
    )
  }
  if (bySeller && variant.product?.seller?.id !== pool.manager_id) {
    throw invalid<CommonsErrorDetails["pool_product_not_sellers"]>(
      CommonsErrors.POOL_PRODUCT_NOT_SELLERS,
      `Product ${pool.product_id} is not one of this seller's products`,
      {
        product_id: pool.product_id,
      }
    )
  }
  if (variant.manage_inventory && !variant.allow_backorder) {
    throw invalid<CommonsErrorDetails["pool_material_tracks_stock"]>(
      CommonsErrors.POOL_MATERIAL_TRACKS_STOCK,
      "A pool's material is shipped to order by the supplier: use a variant that does not track stock (or allows backorders)",
      { variant_id: pool.variant_id }
    )
  }
}

const createPoolStep = createStep(
  "create-pool",
  async (input: PoolInput, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    if ((await commons.listGroupBuyPools({ handle: input.handle })).length) {
      throw codedError<CommonsErrorDetails["pool_handle_taken"]>(
        "duplicate_error",
        CommonsErrors.POOL_HANDLE_TAKEN,
        `A pool with handle ${input.handle} exists`,
        { handle: input.handle }
      )
    }
    await checkMaterial(container, input)
    const pool = await commons.createGroupBuyPools({ ...input, tiers: asJson(input.tiers), status: "draft" })
    return new StepResponse(pool, pool.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(COMMONS_MODULE).deleteGroupBuyPools(id)
  }
)

/** Terms can change only in draft: pledgers agreed to the terms of an open pool. */
const updatePoolStep = createStep(
  "update-pool",
  async (input: { id: string; update: Partial<PoolInput> }, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    const pool = await commons.retrieveGroupBuyPool(input.id)
    const terms = Object.keys(input.update).filter((k) => !["title", "description", "pickup_point"].includes(k))
    if (pool.status !== "draft" && terms.length) {
      throw notAllowed<CommonsErrorDetails["pool_terms_frozen"]>(
        CommonsErrors.POOL_TERMS_FROZEN,
        `An ${pool.status} pool's terms cannot change (${terms.join(", ")}); only its title, description and pickup point`,
        { status: pool.status, fields: terms }
      )
    }
    // The request names only what changes; the result must still hold together.
    const after = { ...pool, ...input.update }
    if (Number(after.min_quantity) > Number(after.max_quantity)) {
      throw invalid<CommonsErrorDetails["pool_terms_invalid"]>(
        CommonsErrors.POOL_TERMS_INVALID,
        "min_quantity cannot exceed max_quantity",
        { field: "min_quantity" }
      )
    }
    if (new Date(after.opens_at) >= new Date(after.closes_at)) {
      throw invalid<CommonsErrorDetails["pool_terms_invalid"]>(
        CommonsErrors.POOL_TERMS_INVALID,
        "a pool must close after it opens",
        { field: "closes_at" }
      )
    }
    if (input.update.product_id !== undefined || input.update.variant_id !== undefined)
      await checkMaterial(container, after)
    const { tiers, ...update } = input.update
    const updated = await commons.updateGroupBuyPools({
      id: input.id,
      ...update,
      ...(tiers ? { tiers: asJson(tiers) } : {}),
    })
    const { pledges: _pledges, created_at: _c, updated_at: _u, deleted_at: _d, ...fields } = pool
    return new StepResponse(updated, fields)
  },
  async (before, { container }) => {
    if (before) await container.resolve(COMMONS_MODULE).updateGroupBuyPools(before)
  }
)

/**
 * A pool's status moves with one conditional update (`setPoolStatus`): of two racing requests one
 * wins and the other gets 409 `pool_not_openable` / `pool_not_cancellable`. Compensation moves it
 * back only if nothing moved it since.
 */
const setPoolStatusStep = createStep(
  "set-pool-status",
  async (input: { id: string; from: PoolStatus[]; to: "open" | "cancelled" }, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    const { before, after } = await commons.setPoolStatus(input.id, input.from, input.to)
    return new StepResponse(await commons.retrieveGroupBuyPool(after.id), {
      id: before.id,
      from: input.to as PoolStatus,
      status: before.status,
    })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(COMMONS_MODULE).restorePoolStatus(undo.id, undo.from, undo.status)
  }
)

const poolKey = (id: string) => `pool:${id}`

export const createPoolWorkflow = createWorkflow("create-pool", (input: PoolInput) => {
  const pool = createPoolStep(input)
  emitEventStep({ eventName: CommonsEvents.POOL_CREATED, data: transform({ pool }, ({ pool }) => ({ id: pool.id })) })
  return new WorkflowResponse(pool)
})

/** Under the pool's lock (`pool:<id>`), so terms are never changed while the pool is being opened. */
export const updatePoolWorkflow = createWorkflow("update-pool", (input: { id: string; update: Partial<PoolInput> }) => {
  const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: poolKey(input.id) })))
  const pool = updatePoolStep(input)
  emitEventStep({
    eventName: CommonsEvents.POOL_UPDATED,
    data: transform({ input }, ({ input }) => ({ id: input.id })),
  })
  unlockRecordStep(lock)
  return new WorkflowResponse(pool)
})

export const openPoolWorkflow = createWorkflow("open-pool", (input: { id: string }) => {
  const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: poolKey(input.id) })))
  const pool = setPoolStatusStep(
    transform({ input }, ({ input }) => ({ id: input.id, from: ["draft" as PoolStatus], to: "open" as const }))
  )
  emitEventStep({ eventName: CommonsEvents.POOL_OPENED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  unlockRecordStep(lock)
  return new WorkflowResponse(pool)
})

/**
 * Cancels a pool before it is decided; every authorisation is let go (each under its pledge's
 * lock). Under the pool's lock, so it never overlaps a settlement or another cancel.
 */
export const cancelPoolWorkflow = createWorkflow("cancel-pool", (input: { id: string }) => {
  const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: poolKey(input.id) })))
  const pool = setPoolStatusStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      from: ["draft", "open"] as PoolStatus[],
      to: "cancelled" as const,
    }))
  )
  releasePoolPledgesStep(transform({ input }, ({ input }) => ({ pool_id: input.id })))
  emitEventStep({
    eventName: CommonsEvents.POOL_CANCELLED,
    data: transform({ input }, ({ input }) => ({ id: input.id })),
  })
  unlockRecordStep(lock)
  return new WorkflowResponse(pool)
})
