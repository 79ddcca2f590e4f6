import { StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatMoney } from "../lib/api"
import { PLEDGE_STATUS, type Pledge, type Pool } from "../lib/pools"

const PAGE = 50

/** Every pledge in the order it was made: what each business asked for and, once decided, what it got and owes. */
export const PledgesTable = ({
  pool,
  pledges,
  page,
  onPage,
}: {
  pool: Pool
  pledges: Pledge[]
  page: number
  onPage: (page: number) => void
}) => {
  if (!pledges.length)
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        No pledges yet.
      </Text>
    )
  const shown = pledges.slice(page * PAGE, (page + 1) * PAGE)
  const money = (n: number | null) => formatMoney(n, pool.currency_code)
  return (
    <>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Customer</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Quantity</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Flex</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Allocated</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Share of costs</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount due</Table.HeaderCell>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Last error</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shown.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <Link className="font-mono text-ui-fg-interactive" to={`/customers/${p.customer_id}`}>
                    {p.customer_id}
                  </Link>
                </Table.Cell>
                <Table.Cell className="text-right">{p.quantity}</Table.Cell>
                <Table.Cell className="text-right">{p.flex_quantity || "—"}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={PLEDGE_STATUS[p.status].color}>{PLEDGE_STATUS[p.status].label}</StatusBadge>
                </Table.Cell>
                <Table.Cell className="text-right">{p.allocated_quantity ?? "—"}</Table.Cell>
                <Table.Cell className="text-right">{money(p.unit_price)}</Table.Cell>
                <Table.Cell className="text-right">{money(p.cost_share)}</Table.Cell>
                <Table.Cell className="text-right">{money(p.amount_due)}</Table.Cell>
                <Table.Cell>
                  {p.order_id ? (
                    <Link className="text-ui-fg-interactive" to={`/orders/${p.order_id}`}>
                      View order
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell className="max-w-64 whitespace-normal">
                  {p.last_error ? (
                    <Text size="xsmall" className="text-ui-fg-error">
                      {p.last_error}
                      {p.capture_attempts > 1 ? ` (${p.capture_attempts} attempts)` : ""}
                    </Text>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {pledges.length > PAGE && (
        <Table.Pagination
          count={pledges.length}
          pageSize={PAGE}
          pageIndex={page}
          pageCount={Math.ceil(pledges.length / PAGE)}
          canPreviousPage={page > 0}
          canNextPage={(page + 1) * PAGE < pledges.length}
          previousPage={() => onPage(page - 1)}
          nextPage={() => onPage(page + 1)}
        />
      )}
    </>
  )
}
