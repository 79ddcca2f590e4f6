import { generateEntityId } from "@medusajs/framework/utils"
import { isLatin, prefixLexeme, queryWords, words } from "../tokens"
import {
  PRICE_BUCKETS,
  SEARCH_TYPES,
  priceBucketValue,
  snippetOf,
  type FacetName,
  type FacetValue,
  type SearchDocumentInput,
  type SearchHit,
  type SearchParams,
  type SearchProvider,
  type SearchResult,
  type SearchType,
} from "../types"

/**
 * Runs one SQL statement with `?` placeholders in the module's connection. The caller names the
 * row it selects (raw SQL has no types of its own).
 */
// Generic on purpose: one call reads search_document rows, another facet counts, another words.
export type Execute = <T = DocumentRow>(sql: string, args: unknown[]) => Promise<T[]>

/** A search_document row as PostgreSQL answers it. */
export type DocumentRow = Omit<
  SearchDocumentInput,
  "keywords" | "categories" | "category_labels" | "crafts" | "languages" | "prices" | "data"
> & {
  id: string
  keywords: string[] | null
  categories: string[] | null
  category_labels: Record<string, string> | null
  crafts: string[] | null
  languages: string[] | null
  /** numeric in jsonb comes back as a number; older rows may hold strings. */
  prices: Partial<Record<string, { min: number | string; max: number | string }>> | null
  data: Record<string, unknown> | null
}

/** How alike (pg_trgm similarity) a known word must be to a typed one to be taken as what was meant. */
export const TYPO_SIMILARITY = 0.45
/** Known words tried in place of a typo, most alike first. */
const CORRECTIONS_PER_WORD = 3

/** A piece of SQL with its placeholders' values, kept together so they never drift apart. */
type Sql = { text: string; args: unknown[] }
const sql = (text: string, ...args: unknown[]): Sql => ({ text, args })
function joinSql(parts: Sql[], separator: string): Sql {
  return { text: parts.map((p) => p.text).join(separator), args: parts.flatMap((p) => p.args) }
}

/** Words shorter than this are matched by prefix only: trigram typo matching needs some length. */
const TYPO_MIN_LENGTH = 4
/** Types in the order a query without words lists them. */
const TYPE_ORDER = `array_position(array['product','maker','course','job','tool_house']::text[], type::text)`

const COLUMNS = [
  "id text",
  "type text",
  "ref_id text",
  "handle text",
  "title text",
  "title_i18n jsonb",
  "subtitle text",
  "body text",
  "keywords text[]",
  "categories text[]",
  "category_labels jsonb",
  "crafts text[]",
  "area text",
  "languages text[]",
  "prices jsonb",
  "wholesale boolean",
  "thumbnail text",
  "data jsonb",
  "trgm_text text",
  "search_vector text",
]
const NAMES = COLUMNS.map((c) => c.split(" ")[0])

/**
 * A tsvector literal with positions and weights (A titles, B names and keywords, C body), built
 * from our own words so PostgreSQL's parser never re-splits them. Positions matter: lexemes
 * without them carry no weight for ts_rank.
 */
export function vectorLiteral(groups: Array<[weight: "A" | "B" | "C", text: string[]]>): string {
  const positions = new Map<string, string[]>()
  let position = 1
  for (const [weight, texts] of groups) {
    for (const word of texts.flatMap((t) => words(t))) {
      const list = positions.get(word) ?? []
      if (list.length < 8) list.push(`${position}${weight}`)
      positions.set(word, list)
      position = Math.min(position + 1, 16383)
    }
  }
  return [...positions].map(([word, list]) => `'${word.replace(/'/g, "''")}':${list.join(",")}`).join(" ")
}

/** The row the index keeps for a document. */
export function indexRow(doc: SearchDocumentInput) {
  const titles = [doc.title, doc.title_i18n?.hi ?? "", doc.title_i18n?.mr ?? ""]
  const names = [
    doc.subtitle ?? "",
    ...doc.keywords,
    ...Object.values(doc.category_labels),
    ...doc.crafts,
    doc.area ?? "",
  ]
  return {
    id: generateEntityId(undefined, "sdoc"),
    type: doc.type,
    ref_id: doc.ref_id,
    handle: doc.handle,
    title: doc.title,
    title_i18n: doc.title_i18n,
    subtitle: doc.subtitle,
    body: doc.body,
    keywords: doc.keywords,
    categories: doc.categories,
    category_labels: doc.category_labels,
    crafts: doc.crafts,
    area: doc.area,
    languages: doc.languages,
    prices: doc.prices,
    wholesale: doc.wholesale,
    thumbnail: doc.thumbnail,
    data: doc.data,
    trgm_text: words([...titles, ...names].join(" ")).join(" "),
    search_vector: vectorLiteral([
      ["A", titles],
      ["B", names],
      ["C", [doc.body ?? ""]],
    ]),
  }
}

/** The one row of the search statement: the page, the count and every facet. */
type PageRow = {
  page: Array<{ id: string; score: number }> | null
  count: number
} & Record<`facet_${Exclude<FacetName, "price">}`, FacetValue[]> & {
    facet_price: Array<{ value: number; count: number }>
  }

/** A stored row back as the document it was built from (used to undo an index write). */
export function documentOf(row: DocumentRow): SearchDocumentInput {
  return {
    type: row.type,
    ref_id: row.ref_id,
    handle: row.handle,
    title: row.title,
    title_i18n: row.title_i18n,
    subtitle: row.subtitle,
    body: row.body,
    keywords: row.keywords ?? [],
    categories: row.categories ?? [],
    category_labels: row.category_labels ?? {},
    crafts: row.crafts ?? [],
    area: row.area,
    languages: row.languages ?? [],
    prices: (row.prices ?? {}) as SearchDocumentInput["prices"],
    wholesale: row.wholesale,
    thumbnail: row.thumbnail,
    data: row.data ?? {},
  }
}

/**
 * The default provider: the `search_document` table in Medusa's own database. Words match as
 * prefixes through a GIN index on a weighted tsvector; a Latin word that is nobody's prefix is
 * taken as a typo of the known words most like it (pg_trgm over the `search_word` vocabulary).
 */
export class PostgresSearchProvider implements SearchProvider {
  readonly name = "postgres" as const

  constructor(private readonly execute: Execute) {}

  async upsert(documents: SearchDocumentInput[]): Promise<void> {
    // One row per document even if a batch names it twice (the last wins): ON CONFLICT may not touch a row twice.
    const rows = [...new Map(documents.map((d) => [`${d.type}:${d.ref_id}`, indexRow(d)])).values()]
    if (!rows.length) return
    const updates = NAMES.filter((n) => !["id", "type", "ref_id"].includes(n)).map((n) => `${n} = excluded.${n}`)
    await this.execute(
      `insert into search_document (${NAMES.join(", ")}, created_at, updated_at)
       select ${NAMES.map((n) => (n === "search_vector" ? "d.search_vector::tsvector" : `d.${n}`)).join(", ")}, now(), now()
       from jsonb_to_recordset(?::jsonb) as d(${COLUMNS.join(", ")})
       on conflict (type, ref_id) where deleted_at is null do update set ${updates.join(", ")}, updated_at = now()`,
      [JSON.stringify(rows)]
    )
    // The vocabulary typos are corrected against (sorted, so parallel writers take row locks in one order).
    const vocabulary = [
      ...new Set(rows.flatMap((r) => r.trgm_text.split(" ").filter((w) => isLatin(w) && w.length >= TYPO_MIN_LENGTH))),
    ].sort()
    if (vocabulary.length) {
      await this.execute(
        `insert into search_word (word) select jsonb_array_elements_text(?::jsonb) on conflict do nothing`,
        [JSON.stringify(vocabulary)]
      )
    }
  }

  async remove(type: SearchType, refIds: string[]): Promise<void> {
    if (!refIds.length) return
    await this.execute(
      `delete from search_document where type = ? and ref_id in (select jsonb_array_elements_text(?::jsonb))`,
      [type, JSON.stringify(refIds)]
    )
  }

  async prune(type: SearchType, keep: string[]): Promise<number> {
    const rows = await this.execute(
      `delete from search_document where type = ? and ref_id not in (select jsonb_array_elements_text(?::jsonb)) returning id`,
      [type, JSON.stringify(keep)]
    )
    return rows.length
  }

  async counts(): Promise<Record<SearchType, number>> {
    const rows = await this.execute<{ type: SearchType; count: number }>(
      `select type, count(*)::int as count from search_document where deleted_at is null group by type`,
      []
    )
    const counts = Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>
    for (const r of rows) counts[r.type as SearchType] = r.count
    return counts
  }

  /** The stored documents of these source ids (to restore them if a workflow rolls back). */
  async find(type: SearchType, refIds: string[]): Promise<SearchDocumentInput[]> {
    if (!refIds.length) return []
    const rows = await this.execute(
      `select * from search_document where type = ? and deleted_at is null and ref_id in (select jsonb_array_elements_text(?::jsonb))`,
      [type, JSON.stringify(refIds)]
    )
    return rows.map(documentOf)
  }

  /**
   * Typos in a query: its Latin words (four letters or more) that are no indexed word's prefix,
   * each with the known words most like it (pg_trgm similarity over the vocabulary `search_word`,
   * a GIN trigram index on a few thousand words rather than a comparison with every document).
   */
  protected async corrections(terms: string[]): Promise<Map<string, string[]>> {
    const candidates = terms.filter((w) => isLatin(w) && w.length >= TYPO_MIN_LENGTH)
    if (!candidates.length) return new Map()
    const unknown = joinSql(
      candidates.map((w) =>
        sql(
          `select ?::text as word where not exists (select 1 from search_document where deleted_at is null and search_vector @@ ?::tsquery)`,
          w,
          prefixLexeme(w)
        )
      ),
      " union all "
    )
    const typos: string[] = (await this.execute<{ word: string }>(unknown.text, unknown.args)).map((r) => r.word)
    if (!typos.length) return new Map()
    const rows = await this.execute<{ typo: string; word: string }>(
      `select t.word as typo, c.word from jsonb_array_elements_text(?::jsonb) as t(word)
       cross join lateral (
         select word from search_word where word % t.word and similarity(word, t.word) >= ?
         order by similarity(word, t.word) desc, word limit ?
       ) c`,
      [JSON.stringify(typos), TYPO_SIMILARITY, CORRECTIONS_PER_WORD]
    )
    const found = new Map<string, string[]>(typos.map((t) => [t, []]))
    for (const r of rows) found.get(r.typo)!.push(r.word)
    return found
  }

  async search(params: SearchParams): Promise<SearchResult> {
    const terms = queryWords(params.q)
    const cur = params.currency

    // Every word must match: as a prefix of an indexed word or, for a typo, as one of the known
    // words most like it (a word with no such word matches nothing).
    const typos = await this.corrections(terms)
    const lexemes = terms.map((w) => (typos.has(w) ? typos.get(w)!.map((c) => `'${c}'`) : [prefixLexeme(w)]))
    const textConditions = lexemes.map((options) =>
      options.length ? sql(`search_vector @@ ?::tsquery`, options.join(" | ")) : sql(`false`)
    )
    const anyWord = lexemes.flat().join(" | ")
    const folded = terms.join(" ")
    const score = anyWord
      ? sql(
          `ts_rank('{0.1, 0.3, 0.6, 1.0}', search_vector, ?::tsquery) + case when starts_with(trgm_text, ?) then 0.5 else 0 end`,
          anyWord,
          folded
        )
      : sql(`0`)

    const matched = joinSql(
      [
        sql(
          `with m as materialized (select id, type::text as type, title, categories, category_labels, crafts, area, languages, wholesale,
               (prices -> ? ->> 'min')::numeric as price_min, `,
          cur
        ),
        score,
        sql(` as score from search_document where `),
        joinSql([sql(`deleted_at is null`), ...textConditions], " and "),
        sql(`)`),
      ],
      ""
    )

    const filters: Partial<Record<FacetName | "wholesale", Sql>> = {}
    if (params.type) filters.type = sql(`type = ?`, params.type)
    if (params.category) filters.category = sql(`? = any(categories)`, params.category)
    if (params.craft) filters.craft = sql(`? = any(crafts)`, params.craft)
    if (params.area) filters.area = sql(`lower(area) = lower(?)`, params.area)
    if (params.language) filters.language = sql(`? = any(languages)`, params.language)
    if (params.price_min !== undefined || params.price_max !== undefined) {
      filters.price = joinSql(
        [
          sql(`price_min is not null`),
          ...(params.price_min !== undefined ? [sql(`price_min >= ?`, params.price_min)] : []),
          ...(params.price_max !== undefined ? [sql(`price_min < ?`, params.price_max)] : []),
        ],
        " and "
      )
    }
    if (params.wholesale) filters.wholesale = sql(`wholesale`)
    /** Every filter but `except`'s (a facet's own), and `also` (what a facet counts at all). */
    const whereBut = (except?: FacetName, also?: string): Sql => {
      const parts = [
        ...Object.entries(filters)
          .filter(([name]) => name !== except)
          .map(([, part]) => part as Sql),
        ...(also ? [sql(also)] : []),
      ]
      return parts.length ? joinSql([sql(" where "), joinSql(parts, " and ")], "") : sql("")
    }

    const selects: Sql[] = [
      joinSql([sql(`(select count(*)::int from m`), whereBut(), sql(`) as count`)], ""),
      joinSql(
        [
          sql(
            `(select coalesce(json_agg(p order by p.score desc, p.type_order, p.title, p.id), '[]') from (select id, score, title, ${TYPE_ORDER} as type_order from m`
          ),
          whereBut(),
          sql(` order by score desc, type_order, title, id limit ? offset ?) p) as page`, params.limit, params.offset),
        ],
        ""
      ),
    ]
    if (params.facets) {
      const facet = (name: FacetName, select: string, from: string, group: string, counted?: string) =>
        joinSql(
          [
            sql(
              `(select coalesce(json_agg(f order by f.count desc, f.value), '[]') from (select ${select}, count(*)::int as count from ${from}`
            ),
            whereBut(name, counted),
            sql(` group by ${group}) f) as facet_${name}`),
          ],
          ""
        )
      const bounds = PRICE_BUCKETS[cur]
      const bucket = `case ${bounds.map((_, i) => `when price_min >= ${bounds[bounds.length - 1 - i]} then ${bounds.length - 1 - i}`).join(" ")} end`
      selects.push(
        facet("type", "type as value", "m", "type"),
        facet("category", "c as value, max(category_labels ->> c) as label", "m cross join unnest(categories) c", "c"),
        facet("craft", "c as value", "m cross join unnest(crafts) c", "c"),
        facet("area", "min(area) as value", "m", "lower(area)", "area is not null"),
        facet("language", "l as value", "m cross join unnest(languages) l", "l"),
        facet("price", `${bucket} as value`, "m", "1", "price_min is not null"),
        facet("wholesale", `'true' as value`, "m", "1", "wholesale")
      )
    }

    const statement = joinSql([matched, sql(` select `), joinSql(selects, ", ")], "")
    const [row] = await this.execute<PageRow>(statement.text, statement.args)
    const page: Array<{ id: string; score: number }> = row.page ?? []

    const docs = page.length
      ? await this.execute(`select * from search_document where id in (select jsonb_array_elements_text(?::jsonb))`, [
          JSON.stringify(page.map((p) => p.id)),
        ])
      : []
    const byId = new Map(docs.map((d) => [d.id, d]))
    const hits = page
      .map((p) => byId.get(p.id))
      .filter((d): d is DocumentRow => Boolean(d))
      .map((d) => hitOf(d, params))

    return {
      hits,
      count: row.count,
      facets: params.facets
        ? {
            type: row.facet_type,
            category: row.facet_category,
            craft: row.facet_craft,
            area: row.facet_area,
            language: row.facet_language,
            price: priceFacet(row.facet_price, params),
            wholesale: row.facet_wholesale,
          }
        : null,
    }
  }
}

/** Bucket numbers counted in SQL, as facet values with their bounds, cheapest first. */
function priceFacet(rows: Array<{ value: number; count: number }>, params: SearchParams): FacetValue[] {
  const bounds = PRICE_BUCKETS[params.currency]
  return rows
    .sort((a, b) => a.value - b.value)
    .map((r) => ({
      value: priceBucketValue(bounds, r.value),
      count: r.count,
      min: bounds[r.value],
      ...(r.value + 1 < bounds.length ? { max: bounds[r.value + 1] } : {}),
    }))
}

function hitOf(row: DocumentRow, params: SearchParams): SearchHit {
  const range = row.prices?.[params.currency]
  return {
    type: row.type,
    id: row.ref_id,
    handle: row.handle,
    title: row.title,
    title_i18n: row.title_i18n,
    subtitle: row.subtitle,
    snippet: snippetOf(row.body),
    thumbnail: row.thumbnail,
    area: row.area,
    crafts: row.crafts ?? [],
    categories: row.categories ?? [],
    languages: row.languages ?? [],
    price: range ? { currency: params.currency, min: Number(range.min), max: Number(range.max) } : null,
    wholesale: row.wholesale,
    data: row.data ?? {},
  }
}
