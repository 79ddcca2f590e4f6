/**
 * A test double of the part of Meilisearch's HTTP API the search plugin's provider uses: health,
 * indexes, settings, document writes, deletes and fetches, tasks, search and multi-search. It keeps
 * documents in memory, answers with Meilisearch-shaped JSON, records every request, checks the API
 * key as Meilisearch does, and can be made to fail (503), hang, or go away (close).
 *
 * Its search is simple but real: every query word must occur (case-insensitively, as a substring)
 * in a searchable attribute, filters are parsed and evaluated, facets are counted over all matches.
 * It has no typo tolerance: the tests against a real server cover that.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import type { Socket } from "node:net"

export type RecordedRequest = {
  method: string
  /** Without the query string. */
  path: string
  query: Record<string, string>
  /** Lower-cased names. */
  headers: Record<string, string>
  /** Parsed JSON, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown
}

type Doc = Record<string, unknown>

type IndexState = {
  uid: string
  primaryKey: string | null
  createdAt: string
  updatedAt: string
  settings: Record<string, any>
  /** By primary key, in insertion order (a replaced document keeps its place, as in Meilisearch). */
  documents: Map<string, Doc>
}

type Task = {
  uid: number
  batchUid: number
  indexUid: string | null
  status: "succeeded" | "failed"
  type: string
  canceledBy: null
  details: Record<string, unknown>
  error: null | { message: string; code: string; type: string; link: string }
  duration: string
  enqueuedAt: string
  startedAt: string
  finishedAt: string
}

export type MeilisearchDouble = {
  url: string
  requests: RecordedRequest[]
  /** The stored documents of an index, in insertion order ([] when it does not exist). */
  documents(indexUid: string): Doc[]
  indexes: Map<string, IndexState>
  /** Answer every request with 503, as a failing server or a proxy in front of a dead one does. */
  setDown(down: boolean): void
  /** Accept requests and never answer them (a stuck server: clients must time out). */
  setHang(hang: boolean): void
  close(): Promise<void>
}

const DEFAULT_SETTINGS = () => ({
  displayedAttributes: ["*"],
  searchableAttributes: ["*"],
  filterableAttributes: [] as string[],
  sortableAttributes: [] as string[],
  rankingRules: ["words", "typo", "proximity", "attributeRank", "sort", "wordPosition", "exactness"],
  stopWords: [],
  nonSeparatorTokens: [],
  separatorTokens: [],
  dictionary: [],
  synonyms: {},
  distinctAttribute: null,
  proximityPrecision: "byWord",
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [],
    disableOnAttributes: [],
    disableOnNumbers: false,
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "alpha" } },
  pagination: { maxTotalHits: 1000 },
  searchCutoffMs: null,
  localizedAttributes: null,
  facetSearch: true,
  prefixSearch: "indexingTime",
})
const SETTING_KEYS = new Set(Object.keys(DEFAULT_SETTINGS()))
/** Settings Meilisearch merges key by key instead of replacing. */
const MERGED_SETTINGS = new Set(["typoTolerance", "faceting", "pagination"])
/** Settings Meilisearch keeps as sets and answers sorted. */
const SET_SETTINGS = new Set(["filterableAttributes", "sortableAttributes"])

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type = "invalid_request"
  ) {
    super(message)
  }
  body() {
    return {
      message: this.message,
      code: this.code,
      type: this.type,
      link: `https://docs.meilisearch.com/errors#${this.code}`,
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Filters: conditions (=, !=, >, >=, <, <=, EXISTS, IS NULL) joined by AND / OR / NOT and parentheses.

type Token = { kind: "word" | "string" | "op" | "paren"; text: string }

function tokenize(filter: string, code: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < filter.length) {
    const c = filter[i]
    if (/\s/.test(c)) {
      i++
    } else if (c === "(" || c === ")") {
      tokens.push({ kind: "paren", text: c })
      i++
    } else if (c === '"' || c === "'") {
      let text = ""
      i++
      while (i < filter.length && filter[i] !== c) {
        // Meilisearch 1.4+: a backslash escapes the next character (\\ is one backslash, \" a quote).
        if (filter[i] === "\\" && i + 1 < filter.length) i++
        text += filter[i++]
      }
      if (i >= filter.length) throw new ApiError(400, code, `Expression \`${filter}\` is missing a closing quote.`)
      i++
      tokens.push({ kind: "string", text })
    } else if (/[<>=!]/.test(c)) {
      const two = filter.slice(i, i + 2)
      const op = [">=", "<=", "!="].includes(two) ? two : c
      if (op === "!") throw new ApiError(400, code, `Unexpected \`!\` in \`${filter}\`.`)
      tokens.push({ kind: "op", text: op })
      i += op.length
    } else {
      let text = ""
      while (i < filter.length && !/[\s()<>=!"']/.test(filter[i])) text += filter[i++]
      tokens.push({ kind: "word", text })
    }
  }
  return tokens
}

type Predicate = (doc: Doc) => boolean

/** Parses a filter; `attributes` collects the attributes it names (to check they are filterable). */
function parseFilter(filter: string, attributes: Set<string>, code: string): Predicate {
  const tokens = tokenize(filter, code)
  let at = 0
  const peekKeyword = (kw: string) => tokens[at]?.kind === "word" && tokens[at].text.toUpperCase() === kw
  const fail = (what: string): never => {
    throw new ApiError(400, code, `Was expecting ${what} at token ${at} of \`${filter}\`.`)
  }

  const expression = (): Predicate => {
    let left = conjunction()
    while (peekKeyword("OR")) {
      at++
      const [a, b] = [left, conjunction()]
      left = (d) => a(d) || b(d)
    }
    return left
  }
  const conjunction = (): Predicate => {
    let left = negation()
    while (peekKeyword("AND")) {
      at++
      const [a, b] = [left, negation()]
      left = (d) => a(d) && b(d)
    }
    return left
  }
  const negation = (): Predicate => {
    if (peekKeyword("NOT")) {
      at++
      const inner = negation()
      return (d) => !inner(d)
    }
    return primary()
  }
  const primary = (): Predicate => {
    const token = tokens[at]
    if (!token) return fail("a condition")
    if (token.kind === "paren" && token.text === "(") {
      at++
      const inner = expression()
      if (tokens[at]?.text !== ")") fail("`)`")
      at++
      return inner
    }
    if (token.kind !== "word" && token.kind !== "string") return fail("an attribute")
    at++
    const attribute = token.text
    attributes.add(attribute)
    if (peekKeyword("EXISTS")) {
      at++
      return (d) => d[attribute] !== undefined
    }
    if (peekKeyword("IS")) {
      at++
      const negated = peekKeyword("NOT") ? (at++, true) : false
      if (!peekKeyword("NULL")) fail("NULL")
      at++
      return (d) => (d[attribute] === null) !== negated
    }
    const op = tokens[at]
    if (op?.kind !== "op") return fail("an operator")
    at++
    const value = tokens[at]
    if (!value || (value.kind !== "word" && value.kind !== "string")) return fail("a value")
    at++
    return condition(attribute, op.text, value.text)
  }
  const condition = (attribute: string, op: string, raw: string): Predicate => {
    const values = (d: Doc): unknown[] => {
      const v = d[attribute]
      return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]
    }
    const number = Number(raw)
    if (op === "=" || op === "!=") {
      // Strings compare case-insensitively; numbers numerically; booleans as "true"/"false".
      const equal = (v: unknown) =>
        typeof v === "number" ? raw.trim() !== "" && v === number : String(v).toLowerCase() === raw.toLowerCase()
      return op === "=" ? (d) => values(d).some(equal) : (d) => !values(d).some(equal)
    }
    if (raw.trim() === "" || !Number.isFinite(number)) fail(`a number after \`${op}\``)
    const compare: Record<string, (v: number) => boolean> = {
      ">": (v) => v > number,
      ">=": (v) => v >= number,
      "<": (v) => v < number,
      "<=": (v) => v <= number,
    }
    return (d) => values(d).some((v) => typeof v === "number" && compare[op](v))
  }

  const predicate = expression()
  if (at < tokens.length) fail("the end of the filter")
  return predicate
}

/** A filter as Meilisearch takes it: a string, or an array (AND) of strings or arrays (OR). */
function predicateOf(filter: unknown, attributes: Set<string>, code: string): Predicate {
  if (filter === undefined || filter === null) return () => true
  if (typeof filter === "string") return filter.trim() ? parseFilter(filter, attributes, code) : () => true
  if (Array.isArray(filter)) {
    const parts = filter.map((f) =>
      Array.isArray(f)
        ? (((d: Doc) => f.some((g) => predicateOf(g, attributes, code)(d))) as Predicate)
        : predicateOf(f, attributes, code)
    )
    return (d) => parts.every((p) => p(d))
  }
  throw new ApiError(400, code, "Invalid syntax for the filter parameter: expected a string or an array.")
}

// ---------------------------------------------------------------------------------------------
// Search

const WORD = /[\p{L}\p{N}]+/gu

function textOf(value: unknown): string {
  if (value === null || value === undefined) return ""
  if (Array.isArray(value)) return value.map(textOf).join(" ")
  if (typeof value === "object")
    return Object.values(value as Record<string, unknown>)
      .map(textOf)
      .join(" ")
  return String(value)
}

function searchableAttributes(index: IndexState, doc: Doc): string[] {
  const setting: string[] = index.settings.searchableAttributes
  return setting.includes("*") ? Object.keys(doc) : setting
}

function checkAttributes(used: Set<string>, allowed: string[], code: string, what: string) {
  for (const attribute of used) {
    if (!allowed.includes(attribute)) {
      throw new ApiError(
        400,
        code,
        `Attribute \`${attribute}\` is not ${what}. Available ${what} attributes are: \`${allowed.join(", ")}\`.`
      )
    }
  }
}

function pick(doc: Doc, fields: unknown): Doc {
  if (!Array.isArray(fields) || fields.includes("*")) return { ...doc }
  return Object.fromEntries(fields.filter((f) => f in doc).map((f) => [f, doc[f]]))
}

function facetDistribution(index: IndexState, docs: Doc[], facets: string[]) {
  const max: number = index.settings.faceting.maxValuesPerFacet ?? 100
  const order = (facet: string): string =>
    index.settings.faceting.sortFacetValuesBy?.[facet] ?? index.settings.faceting.sortFacetValuesBy?.["*"] ?? "alpha"
  const distribution: Record<string, Record<string, number>> = {}
  for (const facet of facets) {
    // Values group case-insensitively; the first original spelling is the one answered.
    const counts = new Map<string, { value: string; count: number }>()
    for (const doc of docs) {
      const raw = doc[facet]
      const values = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw]
      const seen = new Set<string>()
      for (const v of values) {
        if (v === null || typeof v === "object") continue
        const value = String(v)
        const key = value.toLowerCase()
        if (seen.has(key)) continue
        seen.add(key)
        const entry = counts.get(key) ?? { value, count: 0 }
        entry.count++
        counts.set(key, entry)
      }
    }
    const entries = [...counts.values()].sort((a, b) =>
      order(facet) === "count" ? b.count - a.count || (a.value < b.value ? -1 : 1) : a.value < b.value ? -1 : 1
    )
    distribution[facet] = Object.fromEntries(entries.slice(0, max).map((e) => [e.value, e.count]))
  }
  return distribution
}

function search(index: IndexState, query: Record<string, any>) {
  const settings = index.settings
  const used = new Set<string>()
  const matchesFilter = predicateOf(query.filter, used, "invalid_search_filter")
  checkAttributes(used, settings.filterableAttributes, "invalid_search_filter", "filterable")
  const facets: string[] = Array.isArray(query.facets) ? query.facets : []
  checkAttributes(new Set(facets), settings.filterableAttributes, "invalid_search_facets", "filterable")
  const sort: string[] = Array.isArray(query.sort) ? query.sort : []
  const sortBy = sort.map((s) => {
    const [attribute, direction] = String(s).split(":")
    if (!["asc", "desc"].includes(direction)) throw new ApiError(400, "invalid_search_sort", `Invalid sort \`${s}\`.`)
    return { attribute, direction }
  })
  checkAttributes(
    new Set(sortBy.map((s) => s.attribute)),
    settings.sortableAttributes,
    "invalid_search_sort",
    "sortable"
  )

  const words = (String(query.q ?? "")
    .toLowerCase()
    .match(WORD) ?? []) as string[]
  const all = [...index.documents.values()]
  const matches: Array<{ doc: Doc; rank: number; position: number }> = []
  all.forEach((doc, position) => {
    if (!matchesFilter(doc)) return
    if (!words.length) return void matches.push({ doc, rank: 0, position })
    const texts = searchableAttributes(index, doc).map((a) => textOf(doc[a]).toLowerCase())
    if (!words.every((w) => texts.some((t) => t.includes(w)))) return
    // Ranked by the first searchable attribute holding the first word: a title match comes first.
    const rank = texts.findIndex((t) => t.includes(words[0]))
    matches.push({ doc, rank, position })
  })
  matches.sort((a, b) => {
    for (const { attribute, direction } of sortBy) {
      const [x, y] = [a.doc[attribute], b.doc[attribute]]
      const [sx, sy] =
        typeof x === "number" && typeof y === "number" ? [x, y] : [textOf(x).toLowerCase(), textOf(y).toLowerCase()]
      if (sx !== sy) return (sx < sy ? -1 : 1) * (direction === "asc" ? 1 : -1)
    }
    return a.rank - b.rank || a.position - b.position
  })
  // Facets count every match; hits and their totals stop at maxTotalHits.
  const matched = matches.map((m) => m.doc)
  const docs = matched.slice(0, settings.pagination.maxTotalHits ?? 1000)
  const finite = query.page !== undefined || query.hitsPerPage !== undefined
  const hitsPerPage = Number(query.hitsPerPage ?? 20)
  const page = Number(query.page ?? 1)
  const offset = finite ? (page - 1) * hitsPerPage : Number(query.offset ?? 0)
  const limit = finite ? hitsPerPage : Number(query.limit ?? 20)
  const hits = docs.slice(offset, offset + limit).map((d) => pick(d, query.attributesToRetrieve))
  const result: Record<string, unknown> = {
    hits,
    query: String(query.q ?? ""),
    processingTimeMs: 0,
    ...(finite
      ? {
          hitsPerPage,
          page,
          totalPages: hitsPerPage ? Math.ceil(docs.length / hitsPerPage) : 0,
          totalHits: docs.length,
        }
      : { limit, offset, estimatedTotalHits: docs.length }),
  }
  if (facets.length) {
    result.facetDistribution = facetDistribution(index, matched, facets)
    result.facetStats = {}
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Server

export async function startMeilisearchDouble(options: { apiKey?: string } = {}): Promise<MeilisearchDouble> {
  const requests: RecordedRequest[] = []
  const indexes = new Map<string, IndexState>()
  const tasks = new Map<number, Task>()
  const sockets = new Set<Socket>()
  let nextTask = 0
  let down = false
  let hang = false

  const now = () => new Date().toISOString()
  const indexOrThrow = (uid: string) => {
    const index = indexes.get(uid)
    if (!index) throw new ApiError(404, "index_not_found", `Index \`${uid}\` not found.`)
    return index
  }
  const createIndex = (uid: string, primaryKey: string | null): IndexState => {
    const index = {
      uid,
      primaryKey,
      createdAt: now(),
      updatedAt: now(),
      settings: DEFAULT_SETTINGS(),
      documents: new Map(),
    }
    indexes.set(uid, index)
    return index
  }

  /** Runs the operation now and answers it as an enqueued task; GET /tasks/:uid tells how it went. */
  const enqueue = (indexUid: string | null, type: string, operation: () => Record<string, unknown>) => {
    const uid = nextTask++
    const at = now()
    let status: Task["status"] = "succeeded"
    let error: Task["error"] = null
    let details: Record<string, unknown> = {}
    try {
      details = operation()
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      status = "failed"
      error = e.body()
    }
    tasks.set(uid, {
      uid,
      batchUid: uid,
      indexUid,
      status,
      type,
      canceledBy: null,
      details,
      error,
      duration: "PT0S",
      enqueuedAt: at,
      startedAt: at,
      finishedAt: at,
    })
    return { status: 202, body: { taskUid: uid, indexUid, status: "enqueued", type, enqueuedAt: at } }
  }

  const route = (
    method: string,
    path: string,
    query: Record<string, string>,
    body: any
  ): { status: number; body?: unknown } => {
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent)
    const ok = (b: unknown) => ({ status: 200, body: b })

    if (method === "GET" && path === "/health") return ok({ status: "available" })

    if (parts[0] === "tasks" && parts.length === 2 && method === "GET") {
      const task = tasks.get(Number(parts[1]))
      if (!task) throw new ApiError(404, "task_not_found", `Task \`${parts[1]}\` not found.`)
      return ok(task)
    }

    if (method === "POST" && path === "/multi-search") {
      if (!Array.isArray(body?.queries)) throw new ApiError(400, "bad_request", "Missing field `queries`")
      const results = body.queries.map((q: Record<string, any>, i: number) => {
        try {
          return { indexUid: q.indexUid, ...search(indexOrThrow(q.indexUid), q) }
        } catch (e) {
          if (e instanceof ApiError) e.message = `Inside \`.queries[${i}]\`: ${e.message}`
          throw e
        }
      })
      return ok({ results })
    }

    if (parts[0] !== "indexes")
      throw new ApiError(404, "not_found", `Route ${method} ${path} is not served by this double.`)

    if (parts.length === 1 && method === "POST") {
      const uid = String(body?.uid ?? "")
      if (!/^[A-Za-z0-9_-]{1,400}$/.test(uid))
        throw new ApiError(400, "invalid_index_uid", `\`${uid}\` is not a valid index uid.`)
      return enqueue(uid, "indexCreation", () => {
        if (indexes.has(uid)) throw new ApiError(409, "index_already_exists", `Index \`${uid}\` already exists.`)
        createIndex(uid, body.primaryKey ?? null)
        return { primaryKey: body.primaryKey ?? null }
      })
    }

    const uid = parts[1]
    const rest = parts.slice(2).join("/")

    if (rest === "" && method === "GET") {
      const index = indexOrThrow(uid)
      return ok({ uid, primaryKey: index.primaryKey, createdAt: index.createdAt, updatedAt: index.updatedAt })
    }
    if (rest === "" && method === "DELETE") {
      return enqueue(uid, "indexDeletion", () => {
        indexOrThrow(uid)
        indexes.delete(uid)
        return {}
      })
    }

    if (rest === "settings" && method === "GET") return ok(indexOrThrow(uid).settings)
    if (rest === "settings" && method === "PATCH") {
      for (const key of Object.keys(body ?? {})) {
        if (!SETTING_KEYS.has(key)) throw new ApiError(400, "bad_request", `Unknown field \`${key}\` in the settings.`)
      }
      return enqueue(uid, "settingsUpdate", () => {
        // Like Meilisearch, a settings update creates the index it names.
        const index = indexes.get(uid) ?? createIndex(uid, null)
        for (const [key, value] of Object.entries(body as Record<string, any>)) {
          if (value === null) index.settings[key] = (DEFAULT_SETTINGS() as Record<string, unknown>)[key]
          else if (MERGED_SETTINGS.has(key)) index.settings[key] = { ...index.settings[key], ...value }
          else if (SET_SETTINGS.has(key)) index.settings[key] = [...new Set(value as string[])].sort()
          else index.settings[key] = value
        }
        index.updatedAt = now()
        return body
      })
    }

    if (rest === "documents" && method === "POST") {
      if (!Array.isArray(body))
        throw new ApiError(400, "malformed_payload", "The payload must be an array of documents.")
      return enqueue(uid, "documentAdditionOrUpdate", () => {
        const index = indexes.get(uid) ?? createIndex(uid, null)
        const primaryKey = index.primaryKey ?? query.primaryKey ?? null
        if (index.primaryKey && query.primaryKey && query.primaryKey !== index.primaryKey) {
          throw new ApiError(
            400,
            "index_primary_key_already_exists",
            `Index \`${uid}\` already has a primary key: \`${index.primaryKey}\`.`
          )
        }
        if (!primaryKey)
          throw new ApiError(400, "index_primary_key_no_candidate_found", "The primary key inference failed.")
        // The whole batch is refused when one document is, as Meilisearch does.
        for (const doc of body as Doc[]) {
          const id = doc[primaryKey]
          if ((typeof id !== "string" && typeof id !== "number") || !DOCUMENT_ID.test(String(id))) {
            throw new ApiError(400, "invalid_document_id", `Document identifier \`${JSON.stringify(id)}\` is invalid.`)
          }
        }
        index.primaryKey = primaryKey
        for (const doc of body as Doc[]) index.documents.set(String(doc[primaryKey]), structuredClone(doc))
        index.updatedAt = now()
        return { receivedDocuments: body.length, indexedDocuments: body.length }
      })
    }

    if (rest === "documents/delete-batch" && method === "POST") {
      if (!Array.isArray(body)) throw new ApiError(400, "bad_request", "The payload must be an array of document ids.")
      return enqueue(uid, "documentDeletion", () => {
        const index = indexOrThrow(uid)
        let deleted = 0
        for (const id of body) if (index.documents.delete(String(id))) deleted++
        return { providedIds: body.length, deletedDocuments: deleted }
      })
    }

    if (rest === "documents/fetch" && method === "POST") {
      const index = indexOrThrow(uid)
      const used = new Set<string>()
      const matches = predicateOf(body?.filter, used, "invalid_document_filter")
      checkAttributes(used, index.settings.filterableAttributes, "invalid_document_filter", "filterable")
      const offset = Number(body?.offset ?? 0)
      const limit = Number(body?.limit ?? 20)
      const all = [...index.documents.values()].filter(matches)
      return ok({
        results: all.slice(offset, offset + limit).map((d) => pick(d, body?.fields)),
        offset,
        limit,
        total: all.length,
      })
    }

    if (rest === "search" && method === "POST") return ok(search(indexOrThrow(uid), body ?? {}))

    throw new ApiError(404, "not_found", `Route ${method} ${path} is not served by this double.`)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://double")
      const text = Buffer.concat(chunks).toString("utf8")
      let body: unknown = undefined
      let malformed = false
      if (text) {
        try {
          body = JSON.parse(text)
        } catch {
          body = text
          malformed = true
        }
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [
          k.toLowerCase(),
          Array.isArray(v) ? v.join(", ") : String(v ?? ""),
        ])
      )
      requests.push({
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        body,
      })

      if (hang) return
      const send = (status: number, payload?: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(payload === undefined ? "" : JSON.stringify(payload))
      }
      if (down) return send(503, new ApiError(503, "unavailable", "Meilisearch is unavailable.", "system").body())
      try {
        // Every route but /health needs the key when one is set: no header is 401, a wrong key 403.
        if (options.apiKey && url.pathname !== "/health") {
          const auth = headers.authorization
          if (!auth)
            throw new ApiError(
              401,
              "missing_authorization_header",
              "The Authorization header is missing. It must use the bearer authorization method.",
              "auth"
            )
          if (auth !== `Bearer ${options.apiKey}`)
            throw new ApiError(403, "invalid_api_key", "The provided API key is invalid.", "auth")
        }
        if (malformed) throw new ApiError(400, "bad_request", "The request body is not valid JSON.")
        const answer = route(req.method ?? "GET", url.pathname, Object.fromEntries(url.searchParams), body)
        send(answer.status, answer.body)
      } catch (e) {
        if (e instanceof ApiError) return send(e.status, e.body())
        send(500, { message: String((e as Error)?.message ?? e), code: "internal", type: "internal", link: "" })
      }
    })
  })
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    indexes,
    documents: (indexUid) => [...(indexes.get(indexUid)?.documents.values() ?? [])],
    setDown: (value) => {
      down = value
    },
    setHang: (value) => {
      hang = value
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
