import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import { commonsService } from "../lib/commons"
import { sellersInstalled } from "../lib/seller-link"
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
async function checkMaterial(container: any, pool: Pick<PoolInput, "product_id" | "variant_id" | "manager_type" | "manager_id">) {
  const bySeller = pool.manager_type === "seller"
  if (bySeller && !sellersInstalled(container)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A seller's pool needs the marketplace plugin")
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product_id", "manage_inventory", "allow_backorder", ...(bySeller ? ["product.seller.id"] : [])],
    filters: { id: pool.variant_id },
  })
  const variant: any = data[0]
  if (!variant || variant.product_id !== pool.product_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${pool.variant_id} is not a variant of product ${pool.product_id}`)
  }
  if (bySeller && variant.product?.seller?.id !== pool.manager_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Product ${pool.product_id} is not one of this seller's products`)
  }
  if (variant.manage_inventory && !variant.allow_backorder) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A pool's material is shipped to order by the supplier: use a variant that does not track stock (or allows backorders)"
    )
  }
}

const createPoolStep = createStep(
  "create-pool",
  async (input: PoolInput, { container }) => {
    const commons = commonsService(container)
    if ((await commons.listGroupBuyPools({ handle: input.handle })).length) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A pool with handle ${input.handle} exists`)
    }
    await checkMaterial(container, input)
    const pool = await commons.createGroupBuyPools({ ...input, status: "draft" } as any)
    return new StepResponse(pool, pool.id)
  },
  async (id, { container }) => {
    if (id) await commonsService(container).deleteGroupBuyPools(id)
  }
)

/** Terms can change only in draft: pledgers agreed to the terms of an open pool. */
const updatePoolStep = createStep(
  "update-pool",
  async (input: { id: string; update: Partial<PoolInput> }, { container }) => {
    const commons = commonsService(container)
    const pool = await commons.retrieveGroupBuyPool(input.id)
    const terms = Object.keys(input.update).filter((k) => !["title", "description", "pickup_point"].includes(k))
    if (pool.status !== "draft" && terms.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `An ${pool.status} pool's terms cannot change (${terms.join(", ")}); only its title, description and pickup point`)
    }
    // The request names only what changes; the result must still hold together.
    const after = { ...(pool as any), ...input.update }
    if (Number(after.min_quantity) > Number(after.max_quantity)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "min_quantity cannot exceed max_quantity")
    if (new Date(after.opens_at) >= new Date(after.closes_at)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "a pool must close after it opens")
    if (input.update.product_id !== undefined || input.update.variant_id !== undefined) await checkMaterial(container, after)
    const updated = await commons.updateGroupBuyPools({ id: input.id, ...input.update } as any)
    return new StepResponse(updated, pool)
  },
  async (before, { container }) => {
    if (before) {
      const { pledges, created_at, updated_at, deleted_at, ...fields } = before as any
      await commonsService(container).updateGroupBuyPools(fields)
    }
  }
)

/**
 * A pool's status moves with one conditional update (`setPoolStatus`): of two racing requests one
 * wins and the other gets 409 `pool_not_openable` / `pool_not_cancellable`. Compensation moves it
 * back only if nothing moved it since.
 */
const setPoolStatusStep = createStep(
  "set-pool-status",
  async (input: { id: string; from: string[]; to: "open" | "cancelled" }, { container }) => {
    const { before, after } = await commonsService(container).setPoolStatus(input.id, input.from, input.to)
    return new StepResponse(await commonsService(container).retrieveGroupBuyPool(after.id), { id: before.id as string, from: input.to, status: before.status as string })
  },
  async (undo, { container }) => {
    if (undo) await commonsService(container).restorePoolStatus(undo.id, undo.from, undo.status)
  }
)

const poolKey = (id: string) => `pool:${id}`

export const createPoolWorkflow = createWorkflow("create-pool", (input: PoolInput) => {
  const pool = createPoolStep(input)
  emitEventStep({ eventName: "pool.created", data: transform({ pool }, ({ pool }) => ({ id: pool.id })) })
  return new WorkflowResponse(pool)
})

/** Under the pool's lock (`pool:<id>`), so terms are never changed while the pool is being opened. */
export const updatePoolWorkflow = createWorkflow("update-pool", (input: { id: string; update: Partial<PoolInput> }) => {
  const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: poolKey(input.id) })))
  const pool = updatePoolStep(input)
  emitEventStep({ eventName: "pool.updated", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  unlockRecordStep(lock)
  return new WorkflowResponse(pool)
})

export const openPoolWorkflow = createWorkflow("open-pool", (input: { id: string }) => {
  const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: poolKey(input.id) })))
  const pool = setPoolStatusStep(transform({ input }, ({ input }) => ({ id: input.id, from: ["draft"], to: "open" as const })))
  emitEventStep({ eventName: "pool.opened", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  unlockRecordStep(lock)
  return new WorkflowResponse(pool)
})

/**
 * Cancels a pool before it is decided; every authorisation is let go (each under its pledge's
 * lock). Under the pool's lock, so it never overlaps a settlement or another cancel.
 */
export const cancelPoolWorkflow = createWorkflow("cancel-pool", (input: { id: string }) => {
  const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: poolKey(input.id) })))
  const pool = setPoolStatusStep(transform({ input }, ({ input }) => ({ id: input.id, from: ["draft", "open"], to: "cancelled" as const })))
  releasePoolPledgesStep(transform({ input }, ({ input }) => ({ pool_id: input.id })))
  emitEventStep({ eventName: "pool.cancelled", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  unlockRecordStep(lock)
  return new WorkflowResponse(pool)
})
