import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
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

const setPoolStatusStep = createStep(
  "set-pool-status",
  async (input: { id: string; from: string[]; to: "open" | "cancelled" }, { container }) => {
    const commons = commonsService(container)
    const pool = await commons.retrieveGroupBuyPool(input.id)
    if (!input.from.includes(pool.status)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${pool.status} pool cannot become ${input.to}`)
    if (input.to === "open" && new Date(pool.closes_at) <= new Date()) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This pool's closing time has passed")
    const updated = await commons.updateGroupBuyPools({ id: pool.id, status: input.to })
    return new StepResponse(updated, { id: pool.id, status: pool.status })
  },
  async (before, { container }) => {
    if (before) await commonsService(container).updateGroupBuyPools(before as any)
  }
)

export const createPoolWorkflow = createWorkflow("create-pool", (input: PoolInput) => {
  const pool = createPoolStep(input)
  emitEventStep({ eventName: "pool.created", data: transform({ pool }, ({ pool }) => ({ id: pool.id })) })
  return new WorkflowResponse(pool)
})

export const updatePoolWorkflow = createWorkflow("update-pool", (input: { id: string; update: Partial<PoolInput> }) => {
  const pool = updatePoolStep(input)
  emitEventStep({ eventName: "pool.updated", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(pool)
})

export const openPoolWorkflow = createWorkflow("open-pool", (input: { id: string }) => {
  const pool = setPoolStatusStep(transform({ input }, ({ input }) => ({ id: input.id, from: ["draft"], to: "open" as const })))
  emitEventStep({ eventName: "pool.opened", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(pool)
})

/** Cancels a pool before it is decided; every authorisation is let go. */
export const cancelPoolWorkflow = createWorkflow("cancel-pool", (input: { id: string }) => {
  const pool = setPoolStatusStep(transform({ input }, ({ input }) => ({ id: input.id, from: ["draft", "open"], to: "cancelled" as const })))
  releasePoolPledgesStep(transform({ input }, ({ input }) => ({ pool_id: input.id })))
  emitEventStep({ eventName: "pool.cancelled", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(pool)
})
