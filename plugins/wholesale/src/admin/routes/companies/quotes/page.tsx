import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { QuoteStatusBadge } from "../../../components/quote-status"
import { formatDate, formatMoney, useAdminResource } from "../../../lib/api"
import { useSellers } from "../../../lib/sellers"
import { isOpen, QUOTE_STATUS, QUOTE_STATUSES, type Quote } from "../../../lib/wholesale"

const PAGE = 20
const ALL = "all"

/**
 * Wholesale quotes, newest activity first. A path under /companies puts this page in the sidebar
 * beneath "Wholesale" (defineRouteConfig's `nested` only takes Medusa's own sections).
 */
const QuotesPage = () => {
  const [status, setStatus] = useState<string>(ALL)
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== ALL) params.set("status", status)
  const { data, error, loading } = useAdminResource<{ quotes: Quote[]; count: number }>(
    `/admin/wholesale/quotes?${params}`
  )
  const { nameOf } = useSellers()

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Quotes</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Wholesale buyers' requests for quote and the counter-offers on them. The platform can answer for any seller.
          </Text>
        </div>
        <Select
          size="small"
          value={status}
          onValueChange={(v) => {
            setStatus(v)
            setOffset(0)
          }}
        >
          <Select.Trigger className="w-48" aria-label="Status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All quotes</Select.Item>
            {QUOTE_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {QUOTE_STATUS[s].label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {!loading && !error && data?.quotes.length === 0 && (
        <Text className="px-6 py-8 text-ui-fg-subtle">
          No quotes match. Approved buyers ask for quotes from their cart in the storefront.
        </Text>
      )}
      {!!data?.quotes.length && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Company</Table.HeaderCell>
                <Table.HeaderCell>Seller</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
                <Table.HeaderCell>Offers</Table.HeaderCell>
                <Table.HeaderCell>Last activity</Table.HeaderCell>
                <Table.HeaderCell>Expires</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.quotes.map((q) => (
                <Table.Row key={q.id}>
                  <Table.Cell>
                    <Link className="text-ui-fg-interactive" to={`/companies/quotes/${q.id}`}>
                      {q.company.name ?? q.company_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{q.seller_id ? (nameOf(q.seller_id) ?? q.seller_id) : "Platform"}</Table.Cell>
                  <Table.Cell>
                    <QuoteStatusBadge status={q.status} />
                  </Table.Cell>
                  <Table.Cell className="text-right">{formatMoney(q.total, q.currency_code)}</Table.Cell>
                  <Table.Cell>{q.round}</Table.Cell>
                  <Table.Cell>{formatDate(q.updated_at)}</Table.Cell>
                  <Table.Cell>{isOpen(q.status) ? formatDate(q.expires_at) : "—"}</Table.Cell>
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

export const config = defineRouteConfig({ label: "Quotes", icon: ChatBubbleLeftRight })

export default QuotesPage
