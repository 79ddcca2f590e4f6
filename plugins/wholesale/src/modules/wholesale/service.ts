import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@mikro-orm/postgresql"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { conflict } from "@dharavi/errors"
import { WholesaleErrors } from "../../contract/errors"
import type { CompanyStatus, QuoteStatus as ContractQuoteStatus } from "../../contract/http"
import Company from "./models/company"
import CompanyEmployee from "./models/company-employee"
import Quote from "./models/quote"
import QuoteMessage from "./models/quote-message"
import SellerTerms from "./models/seller-terms"
import WholesaleTerms from "./models/wholesale-terms"

export type QuoteStatus = ContractQuoteStatus

/** Plugin options (medusa-config `plugins: [{ resolve: "@dharavi/wholesale", options }]`). */
export type WholesaleOptions = {
  /** The customer group approved companies' buyers join; price lists for it hold wholesale prices. */
  customer_group_name?: string
  /** A quote waiting for someone expires after this many days (each counter-offer restarts it). */
  quote_valid_days?: number
  /** Payment terms printed on line sheets when a seller names none. */
  default_payment_terms?: string
}

/** The table of one of the module's models, from MikroORM's metadata (never a hard-coded name). */
function tableOf(em: EntityManager, entity: "Quote" | "Company"): string {
  return em.getMetadata().find(entity)!.tableName
}

class WholesaleModuleService extends MedusaService({
  Company,
  CompanyEmployee,
  WholesaleTerms,
  SellerTerms,
  Quote,
  QuoteMessage,
}) {
  protected readonly options_: Required<WholesaleOptions>

  constructor(container: Record<string, unknown>, options: WholesaleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = {
      customer_group_name: options.customer_group_name ?? "Wholesale buyers",
      quote_valid_days: options.quote_valid_days ?? 14,
      default_payment_terms: options.default_payment_terms ?? "50% advance, balance before dispatch",
    }
  }

  settings(): Required<WholesaleOptions> {
    return this.options_
  }

  /**
   * Moves a quote from one of `from` to `to` in a single conditional UPDATE, so of two racing
   * decisions (accept vs expire, two counter-offers) exactly one wins; the loser gets a conflict.
   */
  @InjectTransactionManager()
  async transitionQuote(
    id: string,
    from: QuoteStatus[],
    to: QuoteStatus,
    changes: { expires_at?: Date; decided_at?: Date | null; round_increment?: boolean } = {},
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<{ id: string; status: QuoteStatus; previous: QuoteStatus }> {
    const em = context.transactionManager!
    const table = tableOf(em, "Quote")
    // Raw SQL on purpose: one conditional UPDATE under the row's lock decides between racing changes.
    const rows: { id: string; status: QuoteStatus; previous: QuoteStatus }[] = await em.execute(
      `update "${table}" q set status = ?, updated_at = now(),
         expires_at = coalesce(?::timestamptz, q.expires_at),
         decided_at = case when ?::boolean then ?::timestamptz else q.decided_at end,
         round = q.round + case when ?::boolean then 1 else 0 end
       from (select id, status as previous from "${table}" where id = ? and deleted_at is null for update) old
       where q.id = old.id and old.previous = any(?::text[])
       returning q.id, q.status, old.previous`,
      [
        to,
        changes.expires_at ?? null,
        changes.decided_at !== undefined,
        changes.decided_at ?? null,
        Boolean(changes.round_increment),
        id,
        `{${from.join(",")}}`,
      ]
    )
    if (!rows.length) {
      const [now]: { status: QuoteStatus }[] = await em.execute(
        `select status from "${table}" where id = ? and deleted_at is null`,
        [id]
      )
      throw conflict(
        WholesaleErrors.QUOTE_MOVED,
        `This quote changed a moment ago: it is ${now?.status ?? "gone"} now. Reload it and decide again.`,
        { quote_id: id, status: now?.status ?? null }
      )
    }
    return rows[0]
  }

  /**
   * Moves a company from the status its reviewer saw to the reviewed one in a conditional UPDATE:
   * of two admins reviewing at once, one wins; the other gets 409 company_moved.
   */
  @InjectTransactionManager()
  async transitionCompany(
    id: string,
    from: string,
    changes: {
      status: Exclude<CompanyStatus, "pending">
      review_note: string | null
      customer_group_id: string | null
    },
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<void> {
    const em = context.transactionManager!
    const table = tableOf(em, "Company")
    // Raw SQL on purpose: the conditional UPDATE is what makes one of two racing reviews win.
    const rows: { id: string }[] = await em.execute(
      `update "${table}" set status = ?, review_note = ?, customer_group_id = ?, updated_at = now()
       where id = ? and status = ? and deleted_at is null returning id`,
      [changes.status, changes.review_note, changes.customer_group_id, id, from]
    )
    if (!rows.length) {
      const [now]: { status: CompanyStatus }[] = await em.execute(
        `select status from "${table}" where id = ? and deleted_at is null`,
        [id]
      )
      throw conflict(
        WholesaleErrors.COMPANY_MOVED,
        `This company was reviewed a moment ago: it is ${now?.status ?? "gone"} now.`,
        { company_id: id, status: now?.status ?? null }
      )
    }
  }

  /** Quotes waiting past their expiry, oldest first (the expiry job works through them). */
  async lapsedQuoteIds(limit = 100): Promise<string[]> {
    const quotes = await this.listQuotes(
      { status: ["pending_merchant", "pending_customer"], expires_at: { $lt: new Date() } },
      { select: ["id"], order: { expires_at: "ASC" }, take: limit }
    )
    return quotes.map((q) => q.id)
  }
}

export default WholesaleModuleService
