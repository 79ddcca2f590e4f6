import type { Context, Logger } from "@medusajs/framework/types"
import type { EntityManager } from "@mikro-orm/postgresql"
import type { AdminSearchStatus } from "../../contract/http"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import SearchDocument from "./models/search-document"
import { MeilisearchSearchProvider } from "./providers/meilisearch"
import { PostgresSearchProvider } from "./providers/postgres"
import type { ProviderName, SearchDocumentInput, SearchParams, SearchResult, SearchType } from "./types"

/** How long an answer to a search without words is reused. */
const BROWSE_CACHE_MS = 15_000
const BROWSE_CACHE_ENTRIES = 200

/** Plugin options (medusa-config `plugins: [{ resolve: "@dharavi/search", options }]`). */
export type SearchOptions = {
  /** Set (from MEILISEARCH_HOST) to search with Meilisearch; PostgreSQL stays the fallback. */
  meilisearch?: { host: string; api_key?: string; index?: string; timeout_ms?: number }
  /** After Meilisearch fails, PostgreSQL answers alone for this long before Meilisearch is tried again. */
  meilisearch_retry_ms?: number
}

export type IndexStatus = AdminSearchStatus

/**
 * One search over the platform. PostgreSQL (`search_document`) always holds the index: it is the
 * default provider and the fallback. With Meilisearch configured, every write goes to both and
 * searches go to Meilisearch first; when it fails, the shopper still gets PostgreSQL's answer and
 * the log gets a warning.
 */
class SearchModuleService extends MedusaService({ SearchDocument }) {
  protected readonly postgres_: PostgresSearchProvider
  protected readonly meilisearch_: MeilisearchSearchProvider | null
  protected readonly logger_: Logger | undefined
  protected readonly retryMs_: number
  protected meilisearchDownUntil_ = 0
  /**
   * Answers to searches without words (browsing, a facet or a kind chosen): the same for every
   * shopper and the costliest to count, so kept for a few seconds. Any write in this process
   * empties it; another server's writes show within BROWSE_CACHE_MS.
   */
  protected readonly browseCache_ = new Map<
    string,
    { until: number; result: SearchResult & { provider: ProviderName } }
  >()
  /** Counts writes, so an answer read while a write happened is not kept. */
  protected writes_ = 0

  constructor(container: Record<string, unknown>, options: SearchOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.logger_ = container.logger as Logger | undefined
    this.postgres_ = new PostgresSearchProvider((sql, args) => this.execute_(sql, args))
    const meili = options.meilisearch
    this.meilisearch_ = meili?.host
      ? new MeilisearchSearchProvider({
          host: meili.host,
          apiKey: meili.api_key,
          indexUid: meili.index,
          timeoutMs: meili.timeout_ms,
        })
      : null
    this.retryMs_ = options.meilisearch_retry_ms ?? 30_000
  }

  @InjectManager()
  protected async execute_<T>(
    sql: string,
    args: unknown[],
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<T[]> {
    return context.manager!.execute(sql, args)
  }

  async indexDocuments(documents: SearchDocumentInput[]): Promise<void> {
    await this.writing_(async () => {
      await this.postgres_.upsert(documents)
      await this.mirror_("index documents", (m) => m.upsert(documents))
    })
  }

  async removeDocuments(type: SearchType, refIds: string[]): Promise<void> {
    await this.writing_(async () => {
      await this.postgres_.remove(type, refIds)
      await this.mirror_("remove documents", (m) => m.remove(type, refIds))
    })
  }

  /** After a full reindex of one type: drops what is no longer there. */
  async pruneDocuments(type: SearchType, keep: string[]): Promise<number> {
    return this.writing_(async () => {
      const removed = await this.postgres_.prune(type, keep)
      await this.mirror_("prune documents", (m) => m.prune(type, keep))
      return removed
    })
  }

  /** What the index holds now for these source ids (a workflow keeps it to undo its write). */
  async findDocuments(type: SearchType, refIds: string[]): Promise<SearchDocumentInput[]> {
    return this.postgres_.find(type, refIds)
  }

  async search(params: SearchParams): Promise<SearchResult & { provider: ProviderName }> {
    if (params.q?.trim()) return this.searchProviders_(params)
    const key = JSON.stringify(params)
    const cached = this.browseCache_.get(key)
    if (cached && cached.until > Date.now()) return cached.result
    const writes = this.writes_
    const result = await this.searchProviders_(params)
    if (writes === this.writes_) {
      if (this.browseCache_.size >= BROWSE_CACHE_ENTRIES) this.browseCache_.clear()
      this.browseCache_.set(key, { until: Date.now() + BROWSE_CACHE_MS, result })
    }
    return result
  }

  /** A write: cached browsing answers are dropped, and none read while it runs is kept. */
  protected async writing_<T>(write: () => Promise<T>): Promise<T> {
    this.writes_ += 1
    this.browseCache_.clear()
    try {
      return await write()
    } finally {
      this.writes_ += 1
      this.browseCache_.clear()
    }
  }

  protected async searchProviders_(params: SearchParams): Promise<SearchResult & { provider: ProviderName }> {
    if (this.meilisearch_ && Date.now() >= this.meilisearchDownUntil_) {
      try {
        return { ...(await this.meilisearch_.search(params)), provider: "meilisearch" }
      } catch (error) {
        this.meilisearchDownUntil_ = Date.now() + this.retryMs_
        this.logger_?.warn(
          `[search] Meilisearch failed (${(error as Error).message}); PostgreSQL answers searches for the next ${Math.round(this.retryMs_ / 1000)} s`
        )
      }
    }
    return { ...(await this.postgres_.search(params)), provider: "postgres" }
  }

  async indexStatus(): Promise<IndexStatus> {
    const counts = await this.postgres_.counts()
    if (!this.meilisearch_) return { provider: "postgres", counts, meilisearch: null }
    const healthy = await this.meilisearch_.health().catch(() => false)
    return {
      provider: "meilisearch",
      counts,
      meilisearch: {
        host: this.meilisearch_.host,
        healthy,
        counts: healthy ? await this.meilisearch_.counts().catch(() => null) : null,
      },
    }
  }

  /**
   * Writes to Meilisearch beside PostgreSQL. A failure is logged, not thrown: PostgreSQL already
   * holds the change and answers while Meilisearch is away; a reindex brings Meilisearch back in step.
   */
  protected async mirror_(what: string, write: (m: MeilisearchSearchProvider) => Promise<unknown>): Promise<void> {
    if (!this.meilisearch_) return
    try {
      await write(this.meilisearch_)
    } catch (error) {
      this.logger_?.warn(
        `[search] Meilisearch could not ${what} (${(error as Error).message}); run a reindex when it is back`
      )
    }
  }
}

export default SearchModuleService
