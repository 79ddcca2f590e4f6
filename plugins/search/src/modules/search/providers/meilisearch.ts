import type {
  EnqueuedTaskPromise,
  Index,
  Meilisearch,
  MultiSearchQuery,
  SearchResponse,
  Settings,
} from "meilisearch" with { "resolution-mode": "import" }
import {
  PRICE_BUCKETS,
  SEARCH_CURRENCIES,
  SEARCH_TYPES,
  priceBucketValue,
  snippetOf,
  type FacetName,
  type FacetValue,
  type SearchCurrency,
  type SearchDocumentInput,
  type SearchFacets,
  type SearchHit,
  type SearchParams,
  type SearchProvider,
  type SearchResult,
  type SearchType,
} from "../types"

type MeilisearchModule = typeof import("meilisearch", { with: { "resolution-mode": "import" } })

let meilisearchModule: MeilisearchModule | null = null

/**
 * `meilisearch` ships as ES modules only and this plugin compiles to CommonJS. Node 20.19+ can
 * require() it, but jest's own `require` cannot, so Node's require is taken from node:module.
 * Loaded on first use: nothing loads it while Meilisearch is not configured.
 */
function loadMeilisearch(): MeilisearchModule {
  if (!meilisearchModule) {
    const { createRequire } = process.getBuiltinModule("node:module")
    meilisearchModule = createRequire(__filename)("meilisearch") as MeilisearchModule
  }
  return meilisearchModule
}

export type MeilisearchProviderOptions = {
  host: string
  apiKey?: string
  /** One index holds every type. */
  indexUid?: string
  /** Per HTTP request, and how long a search waits for pending index settings. */
  timeoutMs?: number
  /** How long a write waits for Meilisearch to apply it (indexing a large batch takes a while). */
  writeTimeoutMs?: number
}

type PriceField = `price_${SearchCurrency}_${"min" | "max"}`

/** A document as Meilisearch stores it: the contract's fields, flattened so they can be filtered. */
export type MeilisearchDocument = {
  /** `${type}-${ref_id}`: one id space for all types. */
  id: string
  type: SearchType
  ref_id: string
  handle: string | null
  title: string
  title_hi: string | null
  title_mr: string | null
  subtitle: string | null
  body: string | null
  keywords: string[]
  categories: string[]
  /** `JSON.stringify([handle, label])` per category: a facet on it labels the category facet. */
  category_labels: string[]
  crafts: string[]
  area: string | null
  languages: string[]
  wholesale: boolean
  thumbnail: string | null
  data: Record<string, unknown>
} & Record<PriceField, number | null>

const PRICE_FIELDS = SEARCH_CURRENCIES.flatMap((c) => [`price_${c}_min`, `price_${c}_max`] as PriceField[])

/** The index settings, applied once per process before the first write or search. */
export const settings = {
  // Ranking order: a match in the title weighs more than one in the subtitle, keywords or body.
  searchableAttributes: ["title", "title_hi", "title_mr", "subtitle", "keywords", "body"],
  filterableAttributes: [
    "type",
    "ref_id",
    "categories",
    "category_labels",
    "crafts",
    "area",
    "languages",
    "wholesale",
    ...PRICE_FIELDS,
  ],
  // Browsing without words lists by title (as PostgreSQL does within a type).
  sortableAttributes: ["title"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  typoTolerance: { enabled: true },
  // Counts first, so a long tail of values is what gets cut, never the common ones.
  faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { "*": "count" } },
  // How deep offset + limit can page.
  pagination: { maxTotalHits: 10_000 },
} satisfies Settings

/** Settings whose arrays Meilisearch keeps as sets (it answers them sorted). */
const UNORDERED_SETTINGS = new Set(["filterableAttributes", "sortableAttributes"])

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/
const WRITE_BATCH = 1000
const FETCH_PAGE = 1000

const HIT_FIELDS = [
  "type",
  "ref_id",
  "handle",
  "title",
  "title_hi",
  "title_mr",
  "subtitle",
  "body",
  "thumbnail",
  "area",
  "crafts",
  "categories",
  "languages",
  "wholesale",
  "data",
]

type ValueFacet = Exclude<FacetName, "price">
/** The attributes each facet is counted on. */
const FACET_ATTRIBUTES: Record<ValueFacet, string[]> = {
  type: ["type"],
  category: ["categories", "category_labels"],
  craft: ["crafts"],
  area: ["area"],
  language: ["languages"],
  wholesale: ["wholesale"],
}
const VALUE_FACETS = Object.keys(FACET_ATTRIBUTES) as ValueFacet[]

/** A string value in a filter expression: quoted, with backslashes and quotes escaped (Meilisearch 1.4+). */
export function filterString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** A number in a filter expression: plain decimal notation (never `1e+21`), two decimals at most. */
function filterNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Meilisearch filter: ${value} is not a finite number`)
  const bounded = Math.min(Math.max(value, -1e12), 1e12)
  return String(Math.round(bounded * 100) / 100)
}

function documentId(type: SearchType, refId: string): string {
  return `${type}-${refId}`
}

function finiteOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

/**
 * The document Meilisearch receives. Fields are picked one by one, never spread, so nothing a
 * builder attaches beyond the contract (contact details, drafts) can reach the index.
 */
export function meilisearchDocument(doc: SearchDocumentInput): MeilisearchDocument {
  const id = documentId(doc.type, doc.ref_id)
  if (!DOCUMENT_ID.test(id)) {
    throw new Error(`Meilisearch cannot index ${doc.type} "${doc.ref_id}": document ids allow only a-z A-Z 0-9 - _`)
  }
  const prices = {} as Record<PriceField, number | null>
  for (const currency of SEARCH_CURRENCIES) {
    const range = doc.prices?.[currency]
    const min = finiteOrNull(range?.min)
    const max = finiteOrNull(range?.max)
    // A range is whole or absent, so a price filter never sees half of one.
    prices[`price_${currency}_min`] = min !== null && max !== null ? min : null
    prices[`price_${currency}_max`] = min !== null && max !== null ? max : null
  }
  return {
    id,
    type: doc.type,
    ref_id: doc.ref_id,
    handle: doc.handle ?? null,
    title: doc.title,
    title_hi: doc.title_i18n?.hi ?? null,
    title_mr: doc.title_i18n?.mr ?? null,
    subtitle: doc.subtitle ?? null,
    body: doc.body ?? null,
    keywords: [...(doc.keywords ?? [])],
    categories: [...(doc.categories ?? [])],
    category_labels: Object.entries(doc.category_labels ?? {}).map(([handle, label]) =>
      JSON.stringify([handle, label])
    ),
    crafts: [...(doc.crafts ?? [])],
    area: doc.area ?? null,
    languages: [...(doc.languages ?? [])],
    ...prices,
    wholesale: Boolean(doc.wholesale),
    thumbnail: doc.thumbnail ?? null,
    data: doc.data ?? {},
  }
}

function hitOf(doc: Partial<MeilisearchDocument>, currency: SearchCurrency): SearchHit {
  const min = doc[`price_${currency}_min`]
  const max = doc[`price_${currency}_max`]
  const i18n = { ...(doc.title_hi ? { hi: doc.title_hi } : {}), ...(doc.title_mr ? { mr: doc.title_mr } : {}) }
  return {
    type: doc.type as SearchType,
    id: doc.ref_id as string,
    handle: doc.handle ?? null,
    title: doc.title ?? "",
    title_i18n: Object.keys(i18n).length ? i18n : null,
    subtitle: doc.subtitle ?? null,
    snippet: snippetOf(doc.body ?? null),
    thumbnail: doc.thumbnail ?? null,
    area: doc.area ?? null,
    crafts: doc.crafts ?? [],
    categories: doc.categories ?? [],
    languages: doc.languages ?? [],
    price: typeof min === "number" && typeof max === "number" ? { currency, min, max } : null,
    wholesale: Boolean(doc.wholesale),
    data: doc.data ?? {},
  }
}

/** Each filter of a search by the facet it belongs to, so a facet's own can be left out. */
function filtersOf(params: SearchParams): Partial<Record<FacetName | "wholesale", string>> {
  const filters: Partial<Record<FacetName | "wholesale", string>> = {}
  if (params.type) filters.type = `type = ${filterString(params.type)}`
  if (params.category) filters.category = `categories = ${filterString(params.category)}`
  if (params.craft) filters.craft = `crafts = ${filterString(params.craft)}`
  // Meilisearch compares strings case-insensitively, as PostgreSQL's lower(area) = lower(?) does.
  if (params.area) filters.area = `area = ${filterString(params.area)}`
  if (params.language) filters.language = `languages = ${filterString(params.language)}`
  const cur = params.currency
  const price: string[] = []
  // The lowest price falls in [price_min, price_max) (as the price facet buckets it); comparisons never match a missing (null) price.
  if (params.price_min !== undefined) price.push(`price_${cur}_min >= ${filterNumber(params.price_min)}`)
  if (params.price_max !== undefined) price.push(`price_${cur}_min < ${filterNumber(params.price_max)}`)
  if (price.length) filters.price = price.join(" AND ")
  if (params.wholesale) filters.wholesale = "wholesale = true"
  return filters
}

function andFilter(parts: Array<string | undefined>): string | undefined {
  const present = parts.filter((p): p is string => Boolean(p))
  return present.length ? present.join(" AND ") : undefined
}

type Distribution = Record<string, number>

/**
 * Matches counted from the type facet: every document has exactly one type, and facet counts are
 * exact for any offset and never capped at maxTotalHits (totalHits is, estimatedTotalHits guesses).
 */
function countOf(result: SearchResponse): number {
  return Object.values(result.facetDistribution?.type ?? {}).reduce((sum, n) => sum + n, 0)
}

function byCountThenValue(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
}

function facetValues(distribution: Distribution | undefined): FacetValue[] {
  return Object.entries(distribution ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort(byCountThenValue)
}

/** Category handles with the label most of their documents give them. */
function categoryFacet(categories: Distribution | undefined, labels: Distribution | undefined): FacetValue[] {
  const best = new Map<string, { label: string; count: number }>()
  for (const [pair, count] of Object.entries(labels ?? {})) {
    let parsed: unknown
    try {
      parsed = JSON.parse(pair)
    } catch {
      continue
    }
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") continue
    const [handle, label] = parsed as [string, string]
    if ((best.get(handle)?.count ?? -1) < count) best.set(handle, { label, count })
  }
  return facetValues(categories).map((v) => {
    const label = best.get(v.value)?.label
    return label === undefined ? v : { value: v.value, label, count: v.count }
  })
}

/** A task that did not succeed, with Meilisearch's error (code included) as the cause. */
function taskError(task: {
  uid: number
  type: string
  status: string
  error: { message: string; code: string } | null
}): Error {
  const error = new Error(
    `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no reason given"}`
  )
  return Object.assign(error, { cause: task.error ?? undefined })
}

/** Array settings compared as Meilisearch answers them; objects only on the keys we set. */
function settingMatches(key: string, current: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || current.length !== wanted.length) return false
    const [a, b] = UNORDERED_SETTINGS.has(key) ? [[...current].sort(), [...wanted].sort()] : [current, wanted]
    return a.every((v, i) => settingMatches(key, v, b[i]))
  }
  if (wanted !== null && typeof wanted === "object") {
    if (current === null || typeof current !== "object") return false
    return Object.entries(wanted).every(([k, v]) => settingMatches(k, (current as Record<string, unknown>)[k], v))
  }
  return current === wanted
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  return typeof cause?.code === "string" ? cause.code : undefined
}

/**
 * Search over one Meilisearch index holding every type. Errors (down, timeout, 4xx/5xx, failed
 * tasks) are thrown: the module service logs them and answers from PostgreSQL.
 */
export class MeilisearchSearchProvider implements SearchProvider {
  readonly name = "meilisearch" as const
  readonly indexUid: string
  readonly host: string
  protected readonly options_: Required<Pick<MeilisearchProviderOptions, "timeoutMs" | "writeTimeoutMs">> &
    MeilisearchProviderOptions
  protected connection_: { client: Meilisearch; index: Index<MeilisearchDocument> } | null = null
  /** Index created and settings sent (memoised per process; cleared on failure so it is retried). */
  protected configured_: Promise<void> | null = null
  /** The settings update a search must wait for, kept across a timed-out wait so it is not sent again. */
  protected settingsTask_: number | null = null

  constructor(options: MeilisearchProviderOptions) {
    this.indexUid = options.indexUid || "dharavi_search"
    this.host = options.host
    this.options_ = {
      ...options,
      timeoutMs: options.timeoutMs ?? 2000,
      writeTimeoutMs: options.writeTimeoutMs ?? 30_000,
    }
  }

  protected connect_() {
    if (!this.connection_) {
      const { Meilisearch: Client } = loadMeilisearch()
      const client = new Client({
        host: this.options_.host,
        apiKey: this.options_.apiKey,
        timeout: this.options_.timeoutMs,
      })
      this.connection_ = { client, index: client.index<MeilisearchDocument>(this.indexUid) }
    }
    return this.connection_
  }

  protected client_(): Meilisearch {
    return this.connect_().client
  }

  protected index_(): Index<MeilisearchDocument> {
    return this.connect_().index
  }

  async health(): Promise<boolean> {
    try {
      return (await this.client_().health()).status === "available"
    } catch {
      return false
    }
  }

  /** Creates the index when missing and sends the settings when they differ, then waits for them. */
  protected async ready_(waitMs: number): Promise<void> {
    this.configured_ ??= this.configure_().catch((error) => {
      this.configured_ = null
      throw error
    })
    await this.configured_
    const pending = this.settingsTask_
    if (pending === null) return
    const task = await this.client_().tasks.waitForTask(pending, { timeout: waitMs })
    if (this.settingsTask_ === pending) this.settingsTask_ = null
    if (task.status !== "succeeded") {
      this.configured_ = null
      throw taskError(task)
    }
  }

  protected async configure_(): Promise<void> {
    const client = this.client_()
    let exists = true
    try {
      await client.getRawIndex(this.indexUid)
    } catch (error) {
      if (errorCode(error) !== "index_not_found") throw error
      exists = false
    }
    // Only enqueued: tasks run in order, so once the settings update below settles the index exists.
    // Another process creating it first only fails this task (index_already_exists).
    if (!exists) await client.createIndex(this.indexUid, { primaryKey: "id" })
    const current = exists ? ((await this.index_().getSettings()) as Record<string, unknown>) : null
    const stale =
      !current || Object.entries(settings).some(([key, wanted]) => !settingMatches(key, current[key], wanted))
    if (stale) this.settingsTask_ = (await this.index_().updateSettings(settings)).taskUid
  }

  /** Runs against a configured index; an index deleted behind our back is configured again next time. */
  protected async run_<T>(waitMs: number, action: () => Promise<T>): Promise<T> {
    await this.ready_(waitMs)
    try {
      return await action()
    } catch (error) {
      if (errorCode(error) === "index_not_found") this.configured_ = null
      throw error
    }
  }

  protected async write_(send: () => EnqueuedTaskPromise): Promise<void> {
    const task = await send().waitTask({ timeout: this.options_.writeTimeoutMs })
    if (task.status !== "succeeded") throw taskError(task)
  }

  async upsert(documents: SearchDocumentInput[]): Promise<void> {
    // Built first, so a document Meilisearch cannot take fails the call before anything is sent.
    const docs = [...new Map(documents.map((d) => meilisearchDocument(d)).map((d) => [d.id, d])).values()]
    if (!docs.length) return
    await this.run_(this.options_.writeTimeoutMs, async () => {
      for (let i = 0; i < docs.length; i += WRITE_BATCH) {
        const batch = docs.slice(i, i + WRITE_BATCH)
        await this.write_(() => this.index_().addDocuments(batch, { primaryKey: "id" }))
      }
    })
  }

  async remove(type: SearchType, refIds: string[]): Promise<void> {
    // An id Meilisearch could never have taken is not in the index.
    const ids = [...new Set(refIds.map((r) => documentId(type, r)))].filter((id) => DOCUMENT_ID.test(id))
    if (!ids.length) return
    await this.run_(this.options_.writeTimeoutMs, () => this.deleteIds_(ids))
  }

  protected async deleteIds_(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += WRITE_BATCH) {
      const batch = ids.slice(i, i + WRITE_BATCH)
      await this.write_(() => this.index_().deleteDocuments(batch))
    }
  }

  async prune(type: SearchType, keep: string[]): Promise<number> {
    return this.run_(this.options_.writeTimeoutMs, async () => {
      const kept = new Set(keep)
      const stale: string[] = []
      for (let offset = 0; ; offset += FETCH_PAGE) {
        const page = await this.index_().getDocuments<Pick<MeilisearchDocument, "id" | "ref_id">>({
          filter: `type = ${filterString(type)}`,
          fields: ["id", "ref_id"],
          limit: FETCH_PAGE,
          offset,
        })
        for (const doc of page.results) if (!kept.has(doc.ref_id)) stale.push(doc.id)
        if (page.results.length < FETCH_PAGE) break
      }
      await this.deleteIds_(stale)
      return stale.length
    })
  }

  async counts(): Promise<Record<SearchType, number>> {
    const result = await this.run_(this.options_.timeoutMs, () =>
      this.index_().search("", { limit: 0, facets: ["type"] })
    )
    const counts = Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>
    for (const [type, count] of Object.entries(result.facetDistribution?.type ?? {})) {
      if ((SEARCH_TYPES as readonly string[]).includes(type)) counts[type as SearchType] = count
    }
    return counts
  }

  async search(params: SearchParams): Promise<SearchResult> {
    const q = params.q?.trim() ?? ""
    const filters = filtersOf(params)
    const filterBut = (except?: FacetName) =>
      andFilter(Object.entries(filters).map(([name, part]) => (name === except ? undefined : part)))
    const base = { indexUid: this.indexUid, q, matchingStrategy: "all" as const }

    // A facet without a filter of its own counts on the hits query; one with a filter gets a query
    // without it, so choosing "pottery" still counts the leather goods.
    const ownQuery = VALUE_FACETS.filter((f) => params.facets && filters[f] !== undefined)
    const onHits = VALUE_FACETS.filter((f) => params.facets && filters[f] === undefined && f !== "type")
    const queries: MultiSearchQuery[] = [
      {
        ...base,
        filter: filterBut(),
        offset: params.offset,
        limit: params.limit,
        facets: ["type", ...onHits.flatMap((f) => FACET_ATTRIBUTES[f])],
        attributesToRetrieve: [...HIT_FIELDS, `price_${params.currency}_min`, `price_${params.currency}_max`],
        ...(q ? {} : { sort: ["title:asc"] }),
      },
      ...ownQuery.map((f) => ({ ...base, filter: filterBut(f), limit: 0, facets: FACET_ATTRIBUTES[f] })),
    ]
    // A document falls in the bucket of its lowest price.
    const bounds = PRICE_BUCKETS[params.currency]
    const minField = `price_${params.currency}_min`
    if (params.facets) {
      for (let i = 0; i < bounds.length; i++) {
        const range = `${minField} >= ${bounds[i]}${i + 1 < bounds.length ? ` AND ${minField} < ${bounds[i + 1]}` : ""}`
        queries.push({ ...base, filter: andFilter([filterBut("price"), range]), limit: 0, facets: ["type"] })
      }
    }

    const { results } = await this.run_(this.options_.timeoutMs, () =>
      this.client_().multiSearch<{ queries: MultiSearchQuery[] }, Partial<MeilisearchDocument>>({ queries })
    )
    const [main] = results
    const hits = main.hits.map((doc) => hitOf(doc, params.currency))
    if (!params.facets) return { hits, count: countOf(main), facets: null }

    const distributionOf = (f: ValueFacet): Record<string, Distribution | undefined> => {
      const at = ownQuery.indexOf(f)
      return (at >= 0 ? results[1 + at] : main).facetDistribution ?? {}
    }
    const priceResults = results.slice(1 + ownQuery.length)
    const facets: SearchFacets = {
      type: facetValues(distributionOf("type").type),
      category: categoryFacet(distributionOf("category").categories, distributionOf("category").category_labels),
      craft: facetValues(distributionOf("craft").crafts),
      area: facetValues(distributionOf("area").area),
      language: facetValues(distributionOf("language").languages),
      wholesale: facetValues(distributionOf("wholesale").wholesale).filter((v) => v.value === "true"),
      price: priceResults
        .map((r, i) => ({
          value: priceBucketValue(bounds, i),
          count: countOf(r),
          min: bounds[i],
          ...(i + 1 < bounds.length ? { max: bounds[i + 1] } : {}),
        }))
        .filter((b) => b.count > 0),
    }
    return { hits, count: countOf(main), facets }
  }
}
