import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import { conflict, invalid, notFound } from "@dharavi/errors"
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

  /** The pledge row, locked for this transaction; 404 when it is not there. */
  private async lockPledge(em: any, pledgeId: string) {
    const [pledge] = await em.execute(`select * from pledge where id = ? and deleted_at is null for update`, [pledgeId])
    if (!pledge) throw notFound("pledge_not_found", `Pledge ${pledgeId} was not found`, { id: pledgeId })
    return pledge as Row
  }

  /**
   * Replaces a live pledge's quantities and its authorisation in one write while the pool is open,
   * under the pool's lock and cap. Compare-and-set: the pledge must still be live and still carry
   * the authorisation the change replaces (`expected_payment_id`), or the change is refused with 409
   * `pledge_not_live` / `pledge_changed` and nothing is written.
   */
  @InjectTransactionManager()
  async changePledge(
    input: {
      pledge_id: string
      quantity: number
      flex_quantity: number
      expected_payment_id: string | null
      payment_collection_id: string
      payment_id: string
      authorized_amount: number
    },
    @MedusaContext() context: Context = {}
  ): Promise<{ before: Row; after: Row }> {
    const em = context.transactionManager as any
    const [found] = await em.execute(`select pool_id from pledge where id = ? and deleted_at is null`, [input.pledge_id])
    if (!found) throw notFound("pledge_not_found", `Pledge ${input.pledge_id} was not found`, { id: input.pledge_id })
    const pool = await this.lockOpenPool(em, found.pool_id)
    const before = await this.lockPledge(em, input.pledge_id)
    if (before.status !== "active") throw pledgeNotLive(before.status)
    if ((before.payment_id ?? null) !== input.expected_payment_id) {
      throw conflict("pledge_changed", "This pledge was changed meanwhile; look at it again", { status: before.status })
    }
    const delta = input.quantity - Number(before.quantity)
    if (Number(pool.pledged_quantity) + delta > Number(pool.max_quantity)) throw this.full(pool, input.quantity)
    const [after] = await em.execute(
      `update pledge set quantity = ?, flex_quantity = ?, payment_collection_id = ?, payment_id = ?, authorized_amount = ?, raw_authorized_amount = ?, updated_at = now()
       where id = ? and status = 'active' returning *`,
      [input.quantity, input.flex_quantity, input.payment_collection_id, input.payment_id, input.authorized_amount, raw(input.authorized_amount), input.pledge_id]
    )
    await em.execute(`update group_buy_pool set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [delta, pool.id])
    return { before, after }
  }

  /**
   * Undoes a change whose later step failed: the old quantities and authorisation come back, if the
   * pledge still carries the new one and the pool is still open (once decided, the decision counted
   * the new quantities, and the new authorisation covers them).
   */
  @InjectTransactionManager()
  async restorePledge(before: Row, newPaymentId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const em = context.transactionManager as any
    const [pool] = await em.execute(`select * from group_buy_pool where id = ? for update`, [before.pool_id])
    if (!pool || pool.status !== "open") return false
    const [current] = await em.execute(`select * from pledge where id = ? for update`, [before.id])
    if (!current || current.status !== "active" || current.payment_id !== newPaymentId) return false
    const delta = Number(before.quantity) - Number(current.quantity)
    await em.execute(
      `update pledge set quantity = ?, flex_quantity = ?, payment_collection_id = ?, payment_id = ?, authorized_amount = ?, raw_authorized_amount = ?, updated_at = now() where id = ?`,
      [before.quantity, before.flex_quantity, before.payment_collection_id, before.payment_id, before.authorized_amount, before.raw_authorized_amount ? JSON.stringify(before.raw_authorized_amount) : null, before.id]
    )
    await em.execute(`update group_buy_pool set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [delta, pool.id])
    return true
  }

  /**
   * Notes a new pledge's authorisation: only on a live pledge that has none yet (a pool cancelled
   * meanwhile released it, and the authorisation is then let go by compensation).
   */
  @InjectTransactionManager()
  async recordPledgePayment(
    input: { pledge_id: string; payment_collection_id: string; payment_id: string; amount: number },
    @MedusaContext() context: Context = {}
  ): Promise<Row> {
    const em = context.transactionManager as any
    const [pledge] = await em.execute(
      `update pledge set payment_collection_id = ?, payment_id = ?, authorized_amount = ?, raw_authorized_amount = ?, updated_at = now()
       where id = ? and status = 'active' and payment_id is null and deleted_at is null returning *`,
      [input.payment_collection_id, input.payment_id, input.amount, raw(input.amount), input.pledge_id]
    )
    if (!pledge) {
      const [current] = await em.execute(`select status from pledge where id = ?`, [input.pledge_id])
      throw pledgeNotLive(current?.status ?? "missing")
    }
    return pledge
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

  /** Puts a withdrawn pledge back (its authorisation could not be let go), while the pool is open. */
  @InjectTransactionManager()
  async reinstatePledge(pledgeId: string, @MedusaContext() context: Context = {}): Promise<void> {
    const em = context.transactionManager as any
    const [found] = await em.execute(`select pool_id from pledge where id = ?`, [pledgeId])
    if (!found) return
    await em.execute(`select id from group_buy_pool where id = ? for update`, [found.pool_id])
    const [pledge] = await em.execute(`update pledge set status = 'active', updated_at = now() where id = ? and status = 'withdrawn' returning *`, [pledgeId])
    if (pledge) await em.execute(`update group_buy_pool set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [pledge.quantity, found.pool_id])
  }

  /** A live pledge of a failed or cancelled pool is released (once). */
  @InjectTransactionManager()
  async markReleased(pledgeId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const em = context.transactionManager as any
    const rows = await em.execute(`update pledge set status = 'released', updated_at = now() where id = ? and status = 'active' returning id`, [pledgeId])
    return rows.length > 0
  }

  /**
   * Moves a pool from one of `from` to `to` with one conditional update, so of two racing requests
   * (open twice, cancel twice, cancel during open) one wins and the other gets 409 with the status
   * it found. Returns the pool as it was and as it is.
   */
  @InjectTransactionManager()
  async setPoolStatus(id: string, from: string[], to: "open" | "cancelled", @MedusaContext() context: Context = {}): Promise<{ before: Row; after: Row }> {
    const em = context.transactionManager as any
    const [before] = await em.execute(`select * from group_buy_pool where id = ? and deleted_at is null for update`, [id])
    if (!before) throw notFound("pool_not_found", `Pool ${id} was not found`, { id })
    if (!from.includes(before.status)) {
      throw conflict(to === "open" ? "pool_not_openable" : "pool_not_cancellable", `A ${before.status} pool cannot become ${to}`, { status: before.status })
    }
    if (to === "open" && new Date(before.closes_at) <= new Date()) throw invalid("pool_closing_passed", "This pool's closing time has passed", { closes_at: before.closes_at })
    const [after] = await em.execute(`update group_buy_pool set status = ?, updated_at = now() where id = ? and status = ? returning *`, [to, id, before.status])
    return { before, after }
  }

  /** Undoes `setPoolStatus` when a later step failed (only if nothing changed the pool since). */
  @InjectTransactionManager()
  async restorePoolStatus(id: string, from: string, status: string, @MedusaContext() context: Context = {}): Promise<void> {
    const em = context.transactionManager as any
    await em.execute(`update group_buy_pool set status = ?, updated_at = now() where id = ? and status = ?`, [status, id, from])
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

/** 409 for a change to a pledge that is no longer live (withdrawn, captured, released...). */
const pledgeNotLive = (status: string) => conflict("pledge_not_live", `A ${status} pledge cannot be changed`, { status })

/** Medusa keeps a bigNumber column beside its `raw_` JSON twin; raw SQL writes both. */
const raw = (n: number) => JSON.stringify({ value: String(n), precision: 20 })

export default CommonsModuleService
