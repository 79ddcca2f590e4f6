import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import { settle, type Outcome, type PoolTerms } from "../../lib/settlement"
import GroupBuyPool from "./models/group-buy-pool"
import Pledge from "./models/pledge"

/** The pool cannot take that many more units; the message says how many it can. */
export const POOL_FULL = "pool_full"

type Row = Record<string, any>

export const poolTerms = (pool: Row): PoolTerms => ({
  tiers: (pool.tiers as { min_quantity: number; unit_price: number }[]).map((t) => ({ min_quantity: Number(t.min_quantity), unit_price: Number(t.unit_price) })),
  case_size: Number(pool.case_size),
  min_quantity: Number(pool.min_quantity),
  max_quantity: Number(pool.max_quantity),
  freight_cost: Number(pool.freight_cost ?? 0),
  handling_cost: Number(pool.handling_cost ?? 0),
  cost_split: pool.cost_split,
})

class CommonsModuleService extends MedusaService({ GroupBuyPool, Pledge }) {
  /** Locks the pool row for this transaction and checks it takes pledges now. */
  private async lockOpenPool(em: any, poolId: string) {
    const [pool] = await em.execute(`select * from group_buy_pool where id = ? and deleted_at is null for update`, [poolId])
    if (!pool) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pool ${poolId} was not found`)
    const now = new Date()
    if (pool.status !== "open" || new Date(pool.opens_at) > now || new Date(pool.closes_at) <= now) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This pool is not taking pledges now")
    }
    return pool as Row
  }

  private full(pool: Row, wanted: number) {
    const room = Number(pool.max_quantity) - Number(pool.pledged_quantity)
    return new MedusaError(MedusaError.Types.CONFLICT, `${POOL_FULL}:${Math.max(0, room)}:${wanted}`)
  }

  /**
   * Adds a pledge and its quantity to the pool in one transaction under the pool's row lock, so the
   * pledged total can never pass the maximum however many pledges race for the last units.
   */
  @InjectTransactionManager()
  async reservePledge(
    input: { pool_id: string; customer_id: string; quantity: number; flex_quantity: number },
    @MedusaContext() context: Context = {}
  ): Promise<Row> {
    const em = context.transactionManager as any
    const pool = await this.lockOpenPool(em, input.pool_id)
    const [existing] = await em.execute(
      `select id from pledge where pool_id = ? and customer_id = ? and status <> 'withdrawn' and deleted_at is null`,
      [input.pool_id, input.customer_id]
    )
    if (existing) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "You have already pledged to this pool; change that pledge instead")
    if (Number(pool.pledged_quantity) + input.quantity > Number(pool.max_quantity)) throw this.full(pool, input.quantity)
    const [pledge] = await em.execute(
      `insert into pledge (id, pool_id, customer_id, quantity, flex_quantity, status, capture_attempts, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'active', 0, now(), now()) returning *`,
      [generateEntityId(undefined, "pldg"), input.pool_id, input.customer_id, input.quantity, input.flex_quantity]
    )
    await em.execute(`update group_buy_pool set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [input.quantity, input.pool_id])
    return pledge
  }

  /** Changes a live pledge's quantities while the pool is open, under the same lock and cap. */
  @InjectTransactionManager()
  async changePledge(
    input: { pledge_id: string; quantity: number; flex_quantity: number },
    @MedusaContext() context: Context = {}
  ): Promise<{ before: Row; after: Row }> {
    const em = context.transactionManager as any
    const [found] = await em.execute(`select pool_id from pledge where id = ? and deleted_at is null`, [input.pledge_id])
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pledge ${input.pledge_id} was not found`)
    const pool = await this.lockOpenPool(em, found.pool_id)
    const [before] = await em.execute(`select * from pledge where id = ? for update`, [input.pledge_id])
    if (before.status !== "active") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${before.status} pledge cannot be changed`)
    const delta = input.quantity - Number(before.quantity)
    if (Number(pool.pledged_quantity) + delta > Number(pool.max_quantity)) throw this.full(pool, input.quantity)
    const [after] = await em.execute(`update pledge set quantity = ?, flex_quantity = ?, updated_at = now() where id = ? returning *`, [
      input.quantity,
      input.flex_quantity,
      input.pledge_id,
    ])
    await em.execute(`update group_buy_pool set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [delta, pool.id])
    return { before, after }
  }

  /**
   * Takes a live pledge out of the pool (withdrawn by its owner, or undone when its payment failed):
   * the status change and the pool's total move together, once.
   */
  @InjectTransactionManager()
  async releasePledge(pledgeId: string, requireOpen: boolean, @MedusaContext() context: Context = {}): Promise<Row | null> {
    const em = context.transactionManager as any
    const [found] = await em.execute(`select pool_id from pledge where id = ?`, [pledgeId])
    if (!found) return null
    if (requireOpen) await this.lockOpenPool(em, found.pool_id)
    else await em.execute(`select id from group_buy_pool where id = ? for update`, [found.pool_id])
    const [pledge] = await em.execute(`update pledge set status = 'withdrawn', updated_at = now() where id = ? and status = 'active' returning *`, [pledgeId])
    if (pledge) await em.execute(`update group_buy_pool set pledged_quantity = pledged_quantity - ?, updated_at = now() where id = ?`, [pledge.quantity, found.pool_id])
    return pledge ?? null
  }

  /**
   * Decides a pool that has closed: failed below its minimum, else succeeded with every live pledge's
   * allocation, price and share written in the same transaction. A pool decided before is returned
   * as it is, so deciding twice changes nothing.
   */
  @InjectTransactionManager()
  async decidePool(poolId: string, @MedusaContext() context: Context = {}): Promise<{ pool: Row; outcome: Outcome | null }> {
    const em = context.transactionManager as any
    const [pool] = await em.execute(`select * from group_buy_pool where id = ? and deleted_at is null for update`, [poolId])
    if (!pool) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pool ${poolId} was not found`)
    if (pool.status !== "open") return { pool, outcome: null }
    if (new Date(pool.closes_at) > new Date()) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This pool is still open")
    const pledges = await em.execute(`select * from pledge where pool_id = ? and status = 'active' and deleted_at is null order by created_at, id`, [poolId])
    const outcome = settle(
      pledges.map((p: Row) => ({ id: p.id, quantity: Number(p.quantity), flex_quantity: Number(p.flex_quantity), created_at: p.created_at })),
      poolTerms(pool)
    )
    if (outcome.status === "succeeded") {
      for (const a of outcome.allocations) {
        await em.execute(
          `update pledge set allocated_quantity = ?, unit_price = ?, cost_share = ?, amount_due = ?, raw_unit_price = ?, raw_cost_share = ?, raw_amount_due = ?, updated_at = now() where id = ?`,
          [a.allocated_quantity, a.unit_price, a.cost_share, a.amount_due, raw(a.unit_price), raw(a.cost_share), raw(a.amount_due), a.id]
        )
      }
    }
    const [decided] = await em.execute(
      `update group_buy_pool set status = ?, final_quantity = ?, final_unit_price = ?, raw_final_unit_price = ?, decided_at = now(), updated_at = now() where id = ? returning *`,
      [
        outcome.status,
        outcome.total,
        outcome.status === "succeeded" ? outcome.unit_price : null,
        outcome.status === "succeeded" ? raw(outcome.unit_price) : null,
        poolId,
      ]
    )
    return { pool: decided, outcome }
  }
}

/** Medusa keeps a bigNumber column beside its `raw_` JSON twin; raw SQL writes both. */
const raw = (n: number) => JSON.stringify({ value: String(n), precision: 20 })

export default CommonsModuleService
