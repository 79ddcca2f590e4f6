import type { BigNumberInput, Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaService,
  generateEntityId,
  toMikroORMEntity,
} from "@medusajs/framework/utils"
import { codedError, conflict, invalid, notAllowed, notFound } from "@dharavi/errors"
import {
  CommonsErrors,
  type CommonsErrorDetails,
  type PledgeStatus,
  type PoolCostSplit,
  type PoolStatus,
  type PoolTier,
} from "../../contract"
import { settle, type Outcome, type PoolTerms } from "../../lib/settlement"
import GroupBuyPool from "./models/group-buy-pool"
import Pledge from "./models/pledge"

/** A pool as PostgreSQL returns it to raw SQL (numeric columns may come back as strings). */
export type PoolRow = {
  id: string
  status: PoolStatus
  opens_at: Date | string
  closes_at: Date | string
  tiers: PoolTier[]
  case_size: number
  min_quantity: number
  max_quantity: number
  pledged_quantity: number
  freight_cost: BigNumberInput | null
  handling_cost: BigNumberInput | null
  cost_split: PoolCostSplit
  [column: string]: unknown
}
/** A pledge as PostgreSQL returns it to raw SQL. */
export type PledgeRow = {
  id: string
  pool_id: string
  customer_id: string
  quantity: number
  flex_quantity: number
  status: PledgeStatus
  payment_collection_id: string | null
  payment_id: string | null
  authorized_amount: BigNumberInput | null
  raw_authorized_amount: unknown
  created_at: Date | string
  [column: string]: unknown
}

/** The terms settlement computes with, from a pool (a service record or a raw row). */
export const poolTerms = (
  pool: Pick<
    PoolRow,
    "case_size" | "min_quantity" | "max_quantity" | "freight_cost" | "handling_cost" | "cost_split"
  > & { tiers: unknown }
): PoolTerms => ({
  // A JSON column: the validators (and only they) write it, as [{ min_quantity, unit_price }].
  tiers: (pool.tiers as PoolTier[]).map((t) => ({
    min_quantity: Number(t.min_quantity),
    unit_price: Number(t.unit_price),
  })),
  case_size: Number(pool.case_size),
  min_quantity: Number(pool.min_quantity),
  max_quantity: Number(pool.max_quantity),
  freight_cost: MathBN.convert(pool.freight_cost ?? 0).toNumber(),
  handling_cost: MathBN.convert(pool.handling_cost ?? 0).toNumber(),
  cost_split: pool.cost_split,
})

/** Medusa's DML types a JSON column as an object; the pool's tiers are a JSON array. */
export const asJson = <T>(value: T) => value as unknown as Record<string, unknown>

/** 409 pool_full: the room left (never below 0) and what was asked for. */
export const poolFull = (room: number, wanted: number) =>
  conflict<CommonsErrorDetails["pool_full"]>(
    CommonsErrors.POOL_FULL,
    room <= 0 ? "This pool is full" : `Only ${room} more can be pledged to this pool; you asked for ${wanted}`,
    { room: Math.max(0, room), wanted }
  )

/**
 * Raw SQL stays where PostgreSQL is the point (row locks, the pool's counter moved with its pledge in
 * one transaction, conditional status moves); tables are named through the ORM's metadata.
 */
function sql(context: Context) {
  const em = context.transactionManager as SqlEntityManager
  const table = (model: typeof GroupBuyPool | typeof Pledge) =>
    em.getMetadata().get(toMikroORMEntity(model).name).tableName
  const run = async <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    (await em.execute(query, params)) as T[]
  return { run, pools: table(GroupBuyPool), pledges: table(Pledge) }
}
type Sql = ReturnType<typeof sql>

class CommonsModuleService extends MedusaService({ GroupBuyPool, Pledge }) {
  /** Locks the pool row for this transaction and checks it takes pledges now. */
  private async lockOpenPool(db: Sql, poolId: string): Promise<PoolRow> {
    const [pool] = await db.run<PoolRow>(`select * from ${db.pools} where id = ? and deleted_at is null for update`, [
      poolId,
    ])
    if (!pool)
      throw notFound<CommonsErrorDetails["pool_not_found"]>(
        CommonsErrors.POOL_NOT_FOUND,
        `Pool ${poolId} was not found`,
        { id: poolId }
      )
    const now = new Date()
    if (pool.status !== "open" || new Date(pool.opens_at) > now || new Date(pool.closes_at) <= now) {
      throw notAllowed<CommonsErrorDetails["pool_not_taking_pledges"]>(
        CommonsErrors.POOL_NOT_TAKING_PLEDGES,
        "This pool is not taking pledges now",
        {
          id: pool.id,
          status: pool.status,
        }
      )
    }
    return pool
  }

  /** The pool's room left, as 409 pool_full. */
  private full(pool: PoolRow, wanted: number) {
    return poolFull(Number(pool.max_quantity) - Number(pool.pledged_quantity), wanted)
  }

  /**
   * Adds a pledge and its quantity to the pool in one transaction under the pool's row lock, so the
   * pledged total can never pass the maximum however many pledges race for the last units.
   */
  @InjectTransactionManager()
  async reservePledge(
    input: { pool_id: string; customer_id: string; quantity: number; flex_quantity: number },
    @MedusaContext() context: Context = {}
  ): Promise<PledgeRow> {
    const db = sql(context)
    const pool = await this.lockOpenPool(db, input.pool_id)
    const [existing] = await db.run(
      `select id from ${db.pledges} where pool_id = ? and customer_id = ? and status <> 'withdrawn' and deleted_at is null`,
      [input.pool_id, input.customer_id]
    )
    if (existing) {
      throw codedError<CommonsErrorDetails["pledge_exists"]>(
        "duplicate_error",
        CommonsErrors.PLEDGE_EXISTS,
        "You have already pledged to this pool; change that pledge instead",
        {
          pool_id: input.pool_id,
        }
      )
    }
    if (Number(pool.pledged_quantity) + input.quantity > Number(pool.max_quantity))
      throw this.full(pool, input.quantity)
    const [pledge] = await db.run<PledgeRow>(
      `insert into ${db.pledges} (id, pool_id, customer_id, quantity, flex_quantity, status, capture_attempts, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'active', 0, now(), now()) returning *`,
      [generateEntityId(undefined, "pldg"), input.pool_id, input.customer_id, input.quantity, input.flex_quantity]
    )
    await db.run(`update ${db.pools} set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [
      input.quantity,
      input.pool_id,
    ])
    return pledge
  }

  /** The pledge row, locked for this transaction; 404 when it is not there. */
  private async lockPledge(db: Sql, pledgeId: string): Promise<PledgeRow> {
    const [pledge] = await db.run<PledgeRow>(
      `select * from ${db.pledges} where id = ? and deleted_at is null for update`,
      [pledgeId]
    )
    if (!pledge) throw pledgeNotFound(pledgeId)
    return pledge
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
  ): Promise<{ before: PledgeRow; after: PledgeRow }> {
    const db = sql(context)
    const [found] = await db.run<{ pool_id: string }>(
      `select pool_id from ${db.pledges} where id = ? and deleted_at is null`,
      [input.pledge_id]
    )
    if (!found) throw pledgeNotFound(input.pledge_id)
    const pool = await this.lockOpenPool(db, found.pool_id)
    const before = await this.lockPledge(db, input.pledge_id)
    if (before.status !== "active") throw pledgeNotLive(before.status)
    if ((before.payment_id ?? null) !== input.expected_payment_id) {
      throw conflict<CommonsErrorDetails["pledge_changed"]>(
        CommonsErrors.PLEDGE_CHANGED,
        "This pledge was changed meanwhile; look at it again",
        { status: before.status }
      )
    }
    const delta = input.quantity - Number(before.quantity)
    if (Number(pool.pledged_quantity) + delta > Number(pool.max_quantity)) throw this.full(pool, input.quantity)
    const [after] = await db.run<PledgeRow>(
      `update ${db.pledges} set quantity = ?, flex_quantity = ?, payment_collection_id = ?, payment_id = ?, authorized_amount = ?, raw_authorized_amount = ?, updated_at = now()
       where id = ? and status = 'active' returning *`,
      [
        input.quantity,
        input.flex_quantity,
        input.payment_collection_id,
        input.payment_id,
        input.authorized_amount,
        raw(input.authorized_amount),
        input.pledge_id,
      ]
    )
    await db.run(`update ${db.pools} set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [
      delta,
      pool.id,
    ])
    return { before, after }
  }

  /**
   * Undoes a change whose later step failed: the old quantities and authorisation come back, if the
   * pledge still carries the new one and the pool is still open (once decided, the decision counted
   * the new quantities, and the new authorisation covers them).
   */
  @InjectTransactionManager()
  async restorePledge(
    before: PledgeRow,
    newPaymentId: string,
    @MedusaContext() context: Context = {}
  ): Promise<boolean> {
    const db = sql(context)
    const [pool] = await db.run<PoolRow>(`select * from ${db.pools} where id = ? for update`, [before.pool_id])
    if (!pool || pool.status !== "open") return false
    const [current] = await db.run<PledgeRow>(`select * from ${db.pledges} where id = ? for update`, [before.id])
    if (!current || current.status !== "active" || current.payment_id !== newPaymentId) return false
    const delta = Number(before.quantity) - Number(current.quantity)
    await db.run(
      `update ${db.pledges} set quantity = ?, flex_quantity = ?, payment_collection_id = ?, payment_id = ?, authorized_amount = ?, raw_authorized_amount = ?, updated_at = now() where id = ?`,
      [
        before.quantity,
        before.flex_quantity,
        before.payment_collection_id,
        before.payment_id,
        before.authorized_amount,
        before.raw_authorized_amount ? JSON.stringify(before.raw_authorized_amount) : null,
        before.id,
      ]
    )
    await db.run(`update ${db.pools} set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [
      delta,
      pool.id,
    ])
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
  ): Promise<PledgeRow> {
    const db = sql(context)
    const [pledge] = await db.run<PledgeRow>(
      `update ${db.pledges} set payment_collection_id = ?, payment_id = ?, authorized_amount = ?, raw_authorized_amount = ?, updated_at = now()
       where id = ? and status = 'active' and payment_id is null and deleted_at is null returning *`,
      [input.payment_collection_id, input.payment_id, input.amount, raw(input.amount), input.pledge_id]
    )
    if (!pledge) {
      const [current] = await db.run<{ status: PledgeStatus }>(`select status from ${db.pledges} where id = ?`, [
        input.pledge_id,
      ])
      throw pledgeNotLive(current?.status ?? "missing")
    }
    return pledge
  }

  /**
   * Takes a live pledge out of the pool (withdrawn by its owner, or undone when its payment failed):
   * the status change and the pool's total move together, once.
   */
  @InjectTransactionManager()
  async releasePledge(
    pledgeId: string,
    requireOpen: boolean,
    @MedusaContext() context: Context = {}
  ): Promise<PledgeRow | null> {
    const db = sql(context)
    const [found] = await db.run<{ pool_id: string }>(`select pool_id from ${db.pledges} where id = ?`, [pledgeId])
    if (!found) return null
    if (requireOpen) await this.lockOpenPool(db, found.pool_id)
    else await db.run(`select id from ${db.pools} where id = ? for update`, [found.pool_id])
    const [pledge] = await db.run<PledgeRow>(
      `update ${db.pledges} set status = 'withdrawn', updated_at = now() where id = ? and status = 'active' returning *`,
      [pledgeId]
    )
    if (pledge)
      await db.run(`update ${db.pools} set pledged_quantity = pledged_quantity - ?, updated_at = now() where id = ?`, [
        pledge.quantity,
        found.pool_id,
      ])
    return pledge ?? null
  }

  /** Puts a withdrawn pledge back (its authorisation could not be let go), while the pool is open. */
  @InjectTransactionManager()
  async reinstatePledge(pledgeId: string, @MedusaContext() context: Context = {}): Promise<void> {
    const db = sql(context)
    const [found] = await db.run<{ pool_id: string }>(`select pool_id from ${db.pledges} where id = ?`, [pledgeId])
    if (!found) return
    await db.run(`select id from ${db.pools} where id = ? for update`, [found.pool_id])
    const [pledge] = await db.run<PledgeRow>(
      `update ${db.pledges} set status = 'active', updated_at = now() where id = ? and status = 'withdrawn' returning *`,
      [pledgeId]
    )
    if (pledge)
      await db.run(`update ${db.pools} set pledged_quantity = pledged_quantity + ?, updated_at = now() where id = ?`, [
        pledge.quantity,
        found.pool_id,
      ])
  }

  /** A live pledge of a failed or cancelled pool is released (once). */
  @InjectTransactionManager()
  async markReleased(pledgeId: string, @MedusaContext() context: Context = {}): Promise<boolean> {
    const db = sql(context)
    const rows = await db.run(
      `update ${db.pledges} set status = 'released', updated_at = now() where id = ? and status = 'active' returning id`,
      [pledgeId]
    )
    return rows.length > 0
  }

  /**
   * Moves a pool from one of `from` to `to` with one conditional update, so of two racing requests
   * (open twice, cancel twice, cancel during open) one wins and the other gets 409 with the status
   * it found. Returns the pool as it was and as it is.
   */
  @InjectTransactionManager()
  async setPoolStatus(
    id: string,
    from: PoolStatus[],
    to: "open" | "cancelled",
    @MedusaContext() context: Context = {}
  ): Promise<{ before: PoolRow; after: PoolRow }> {
    const db = sql(context)
    const [before] = await db.run<PoolRow>(`select * from ${db.pools} where id = ? and deleted_at is null for update`, [
      id,
    ])
    if (!before)
      throw notFound<CommonsErrorDetails["pool_not_found"]>(CommonsErrors.POOL_NOT_FOUND, `Pool ${id} was not found`, {
        id,
      })
    if (!from.includes(before.status)) {
      throw conflict<CommonsErrorDetails["pool_not_openable" | "pool_not_cancellable"]>(
        to === "open" ? CommonsErrors.POOL_NOT_OPENABLE : CommonsErrors.POOL_NOT_CANCELLABLE,
        `A ${before.status} pool cannot become ${to}`,
        { status: before.status }
      )
    }
    if (to === "open" && new Date(before.closes_at) <= new Date()) {
      throw invalid<CommonsErrorDetails["pool_closing_passed"]>(
        CommonsErrors.POOL_CLOSING_PASSED,
        "This pool's closing time has passed",
        {
          closes_at: new Date(before.closes_at).toISOString(),
        }
      )
    }
    const [after] = await db.run<PoolRow>(
      `update ${db.pools} set status = ?, updated_at = now() where id = ? and status = ? returning *`,
      [to, id, before.status]
    )
    return { before, after }
  }

  /** Undoes `setPoolStatus` when a later step failed (only if nothing changed the pool since). */
  @InjectTransactionManager()
  async restorePoolStatus(
    id: string,
    from: PoolStatus,
    status: PoolStatus,
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    const db = sql(context)
    await db.run(`update ${db.pools} set status = ?, updated_at = now() where id = ? and status = ?`, [
      status,
      id,
      from,
    ])
  }

  /**
   * Decides a pool that has closed: failed below its minimum, else succeeded with every live pledge's
   * allocation, price and share written in the same transaction. A pool decided before is returned
   * as it is, so deciding twice changes nothing.
   */
  @InjectTransactionManager()
  async decidePool(
    poolId: string,
    @MedusaContext() context: Context = {}
  ): Promise<{ pool: PoolRow; outcome: Outcome | null }> {
    const db = sql(context)
    const [pool] = await db.run<PoolRow>(`select * from ${db.pools} where id = ? and deleted_at is null for update`, [
      poolId,
    ])
    if (!pool)
      throw notFound<CommonsErrorDetails["pool_not_found"]>(
        CommonsErrors.POOL_NOT_FOUND,
        `Pool ${poolId} was not found`,
        { id: poolId }
      )
    if (pool.status !== "open") return { pool, outcome: null }
    if (new Date(pool.closes_at) > new Date()) {
      throw notAllowed<CommonsErrorDetails["pool_still_open"]>(
        CommonsErrors.POOL_STILL_OPEN,
        "This pool is still open",
        { closes_at: new Date(pool.closes_at).toISOString() }
      )
    }
    const pledges = await db.run<PledgeRow>(
      `select * from ${db.pledges} where pool_id = ? and status = 'active' and deleted_at is null order by created_at, id`,
      [poolId]
    )
    const outcome = settle(
      pledges.map((p) => ({
        id: p.id,
        quantity: Number(p.quantity),
        flex_quantity: Number(p.flex_quantity),
        created_at: p.created_at,
      })),
      poolTerms(pool)
    )
    if (outcome.status === "succeeded") {
      for (const a of outcome.allocations) {
        await db.run(
          `update ${db.pledges} set allocated_quantity = ?, unit_price = ?, cost_share = ?, amount_due = ?, raw_unit_price = ?, raw_cost_share = ?, raw_amount_due = ?, updated_at = now() where id = ?`,
          [
            a.allocated_quantity,
            a.unit_price,
            a.cost_share,
            a.amount_due,
            raw(a.unit_price),
            raw(a.cost_share),
            raw(a.amount_due),
            a.id,
          ]
        )
      }
    }
    const [decided] = await db.run<PoolRow>(
      `update ${db.pools} set status = ?, final_quantity = ?, final_unit_price = ?, raw_final_unit_price = ?, decided_at = now(), updated_at = now() where id = ? returning *`,
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

/** 404 pledge_not_found */
export const pledgeNotFound = (id: string) =>
  notFound<CommonsErrorDetails["pledge_not_found"]>(CommonsErrors.PLEDGE_NOT_FOUND, `Pledge ${id} was not found`, {
    id,
  })

/** 409 for a change to a pledge that is no longer live (withdrawn, captured, released...). */
export const pledgeNotLive = (status: PledgeStatus | "missing", verb = "changed") =>
  conflict<CommonsErrorDetails["pledge_not_live"]>(
    CommonsErrors.PLEDGE_NOT_LIVE,
    `A ${status} pledge cannot be ${verb}`,
    { status }
  )

/** Medusa keeps a bigNumber column beside its `raw_` JSON twin; raw SQL writes both. */
const raw = (n: number) => JSON.stringify({ value: String(n), precision: 20 })

export default CommonsModuleService
