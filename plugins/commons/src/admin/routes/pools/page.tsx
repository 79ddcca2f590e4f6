import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, Heading, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CreatePoolModal } from "../../components/create-pool-modal"
import { PoolProgress } from "../../components/pool-progress"
import { formatDate, formatMoney, useAdminResource } from "../../lib/api"
import { POOL_STATUS, POOL_STATUSES, type Pool } from "../../lib/pools"

const PAGE = 20
const ALL = "all"

/** Group buys: every pool with its progress toward the minimum, the tiers and the maximum. */
const PoolsPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState<string>(ALL)
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== ALL) params.set("status", status)
  const { data, error, loading } = useAdminResource<{ pools: Pool[]; count: number }>(`/admin/pools?${params}`, 30_000)

  const choose = (value: string) => {
    setStatus(value)
    setOffset(0)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Group buys</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Pools where workshops buy raw materials together: pledges are authorised when made and captured at the best
            tier reached when the pool closes.
          </Text>
        </div>
        <div className="flex items-center gap-3">
          <Select size="small" value={status} onValueChange={choose}>
            <Select.Trigger className="w-48" aria-label="Status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All pools</Select.Item>
              {POOL_STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {POOL_STATUS[s].label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <CreatePoolModal onCreated={(pool) => navigate(`/pools/${pool.id}`)} />
        </div>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {loading && !data && <Text className="px-6 py-4 text-ui-fg-subtle">Loading…</Text>}
      {!loading && !error && data?.pools.length === 0 && (
        <Text className="px-6 py-8 text-ui-fg-subtle">
          {status === ALL ? "No pools yet: create one to start a group buy." : "No pools match."}
        </Text>
      )}
      {!!data?.pools.length && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Pool</Table.HeaderCell>
                <Table.HeaderCell>Progress</Table.HeaderCell>
                <Table.HeaderCell>Price now</Table.HeaderCell>
                <Table.HeaderCell>Closes</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.pools.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>
                    <Link className="text-ui-fg-interactive" to={`/pools/${p.id}`}>
                      {p.title}
                    </Link>
                    <Text size="xsmall" className="font-mono text-ui-fg-muted">
                      {p.handle}
                    </Text>
                  </Table.Cell>
                  <Table.Cell className="py-3">
                    <PoolProgress pool={p} compact />
                  </Table.Cell>
                  <Table.Cell>
                    {formatMoney(p.final_unit_price ?? p.progress.current_unit_price, p.currency_code)} / {p.unit}
                  </Table.Cell>
                  <Table.Cell>{formatDate(p.closes_at)}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={POOL_STATUS[p.status].color}>{POOL_STATUS[p.status].label}</StatusBadge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={data.count}
            pageSize={PAGE}
            pageIndex={offset / PAGE}
            pageCount={Math.max(1, Math.ceil(data.count / PAGE))}
            canPreviousPage={offset > 0}
            canNextPage={offset + PAGE < data.count}
            previousPage={() => setOffset(Math.max(0, offset - PAGE))}
            nextPage={() => setOffset(offset + PAGE)}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Group buys", icon: Users })
export default PoolsPage
