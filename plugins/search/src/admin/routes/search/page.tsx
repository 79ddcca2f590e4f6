import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type SearchType = "product" | "maker" | "course" | "job" | "tool_house"
type Status = {
  provider: "postgres" | "meilisearch"
  counts: Record<SearchType, number>
  meilisearch: null | { host: string; healthy: boolean; counts: Record<SearchType, number> | null }
}
type Reindexed = {
  reindexed: Partial<Record<SearchType, { total: number; indexed: number; removed: number }>>
  took_ms: number
}

const TYPES: Array<[SearchType, string]> = [
  ["product", "Products"],
  ["maker", "Makers"],
  ["course", "Courses"],
  ["job", "Live job posts"],
  ["tool_house", "Tool-houses"],
]

/** Admin requests ride on the dashboard's session cookie; a failure carries Medusa's message. */
async function request<T>(path: string, method: "GET" | "POST" = "GET"): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: method === "POST" ? "{}" : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(data.message ?? `Request failed (${res.status})`)
  return data as T
}

/**
 * The search index: which provider answers shoppers, how many documents of each kind it holds
 * (PostgreSQL, and Meilisearch when configured), and a button that rebuilds it from the records.
 */
const SearchIndexPage = () => {
  const [status, setStatus] = useState<Status | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [running, setRunning] = useState(false)
  const [last, setLast] = useState<Reindexed | null>(null)

  const load = useCallback(async () => {
    try {
      setStatus((await request<{ search: Status }>("/admin/search")).search)
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [])
  useEffect(() => {
    load()
  }, [load])

  const reindex = async () => {
    setRunning(true)
    try {
      const result = await request<Reindexed>("/admin/search/reindex", "POST")
      setLast(result)
      toast.success(`Search index rebuilt in ${(result.took_ms / 1000).toFixed(1)} s`)
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setRunning(false)
    }
  }

  const meili = status?.meilisearch
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Search</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            One search over products, makers, courses, live jobs and tool-houses in English, Hindi and Marathi. It stays
            in step by itself; rebuild it after a bulk import or when Meilisearch was away.
          </Text>
        </div>
        <Button size="small" onClick={reindex} isLoading={running} disabled={running}>
          Rebuild index
        </Button>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        {error && <Text className="text-ui-fg-error">{error}</Text>}
        {status && (
          <>
            <Badge color="blue">
              Answering: {status.provider === "meilisearch" ? "Meilisearch" : "PostgreSQL full-text"}
            </Badge>
            {meili && (
              <Badge color={meili.healthy ? "green" : "red"}>
                Meilisearch at {meili.host}:{" "}
                {meili.healthy ? "healthy" : "not answering — PostgreSQL answers meanwhile"}
              </Badge>
            )}
          </>
        )}
        {!status && !error && <Text size="small">Loading…</Text>}
      </div>
      {status && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>In PostgreSQL</Table.HeaderCell>
              {meili && <Table.HeaderCell>In Meilisearch</Table.HeaderCell>}
              {last && <Table.HeaderCell>Last rebuild</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {TYPES.map(([type, label]) => {
              const done = last?.reindexed[type]
              return (
                <Table.Row key={type}>
                  <Table.Cell>{label}</Table.Cell>
                  <Table.Cell>{status.counts[type]}</Table.Cell>
                  {meili && <Table.Cell>{meili.counts ? meili.counts[type] : "—"}</Table.Cell>}
                  {last && (
                    <Table.Cell>
                      {done
                        ? `${done.indexed} of ${done.total} records searchable, ${done.removed} stale removed`
                        : "not installed"}
                    </Table.Cell>
                  )}
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Search", icon: MagnifyingGlass })
export default SearchIndexPage
