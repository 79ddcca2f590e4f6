import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link, useParams } from "react-router-dom"
import { EditPoolDrawer } from "../../../components/edit-pool-drawer"
import { PledgesTable } from "../../../components/pledges-table"
import { PoolActions } from "../../../components/pool-actions"
import { PoolProgress } from "../../../components/pool-progress"
import { SettlementReport } from "../../../components/settlement-report"
import { formatDate, formatMoney, formatNumber, useAdminResource } from "../../../lib/api"
import { POOL_STATUS, type PoolDetail } from "../../../lib/pools"

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

/** A pool: live progress (refreshed every 15 s while open), its terms and tiers, every pledge, and the settlement. */
const PoolDetailPage = () => {
  const { id } = useParams()
  const [live, setLive] = useState(false)
  const { data, error, reload } = useAdminResource<PoolDetail>(`/admin/pools/${id}`, live ? 15_000 : null)
  const [page, setPage] = useState(0)
  const isOpen = data?.pool.status === "open"
  if (isOpen !== live && data) setLive(isOpen)

  if (error && !data)
    return (
      <Container>
        <Text className="text-ui-fg-error">{error}</Text>
      </Container>
    )
  if (!data)
    return (
      <Container>
        <Text>Loading…</Text>
      </Container>
    )
  const { pool, pledges, report } = data
  const status = POOL_STATUS[pool.status]
  const money = (n: number | null) => formatMoney(n, pool.currency_code)
  const finalTier =
    pool.final_quantity != null
      ? [...pool.tiers].reverse().find((t) => t.min_quantity <= (pool.final_quantity ?? 0))
      : null

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <Link className="text-ui-fg-subtle txt-compact-small" to="/pools">
            ← Group buys
          </Link>
          <div className="flex items-center gap-2">
            <Heading level="h1">{pool.title}</Heading>
            <StatusBadge color={status.color}>{status.label}</StatusBadge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            <span className="font-mono">{pool.handle}</span> · opens {formatDate(pool.opens_at)} · closes{" "}
            {formatDate(pool.closes_at)}
            {live && " · refreshing every 15 s"}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          {(pool.status === "draft" || pool.status === "open") && <EditPoolDrawer pool={pool} onSaved={reload} />}
          <PoolActions pool={pool} onChanged={reload} />
        </div>
      </Container>

      <Container className="flex flex-col gap-4">
        <Heading level="h2">Progress</Heading>
        <PoolProgress pool={pool} />
        <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <Fact label="Pledged">
            {formatNumber(pool.progress.pledged)} {pool.unit}
          </Fact>
          <Fact label="Room left">
            {formatNumber(pool.progress.remaining)} {pool.unit}
          </Fact>
          <Fact label="Minimum reached">
            {pool.progress.reached_minimum
              ? "Yes"
              : `No, ${formatNumber(pool.min_quantity - pool.progress.pledged)} to go`}
          </Fact>
          <Fact label="To the next full case">
            {pool.progress.units_to_next_case ? `${pool.progress.units_to_next_case} ${pool.unit}` : "—"}
          </Fact>
        </div>
      </Container>

      <Container className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Fact label="Product variant">
          <Link className="text-ui-fg-interactive" to={`/products/${pool.product_id}/variants/${pool.variant_id}`}>
            {pool.variant_id}
          </Link>
        </Fact>
        <Fact label="Case size">
          {pool.case_size} {pool.unit}
        </Fact>
        <Fact label="Fulfilment">
          {pool.fulfilment === "pickup" ? `Pickup${pool.pickup_point ? `: ${pool.pickup_point}` : ""}` : "Delivery"}
        </Fact>
        <Fact label="Freight + handling">
          {money(pool.freight_cost)} + {money(pool.handling_cost)}, split{" "}
          {pool.cost_split === "quantity" ? "by quantity" : "equally"}
        </Fact>
        {pool.description?.en && (
          <div className="col-span-2 md:col-span-4">
            <Fact label="Description">{pool.description.en}</Fact>
          </div>
        )}
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Tiers
        </Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>From (pool total)</Table.HeaderCell>
              <Table.HeaderCell>Unit price</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {pool.tiers.map((t) => {
              const reached = (pool.final_quantity ?? pool.progress.pledged) >= t.min_quantity
              const current = finalTier
                ? finalTier.min_quantity === t.min_quantity
                : pool.progress.current_unit_price === t.unit_price && reached
              return (
                <Table.Row key={t.min_quantity}>
                  <Table.Cell>
                    {formatNumber(t.min_quantity)} {pool.unit}
                  </Table.Cell>
                  <Table.Cell>{money(t.unit_price)}</Table.Cell>
                  <Table.Cell>
                    {current ? (
                      <StatusBadge color="green">{finalTier ? "Final price" : "Price now"}</StatusBadge>
                    ) : reached ? (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        Reached
                      </Text>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </Container>

      <SettlementReport pool={pool} report={report} pledges={pledges} />

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Pledges</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {formatNumber(pledges.length)} in the order they were made (earlier pledges get flex units first).
          </Text>
        </div>
        <PledgesTable pool={pool} pledges={pledges} page={page} onPage={setPage} />
      </Container>
    </div>
  )
}

export default PoolDetailPage
