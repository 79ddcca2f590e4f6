import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Heading, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { SellerLineSheets } from "../../components/seller-line-sheets"
import { formatDate, useAdminResource } from "../../lib/api"
import { COMPANY_STATUS, COMPANY_STATUSES, type Company } from "../../lib/wholesale"

const PAGE = 20
const ALL = "all"

/** Wholesale: buyer companies to review (those waiting first), and line sheets. Quotes are the nested page. */
const WholesalePage = () => {
  const [status, setStatus] = useState<string>("pending")
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== ALL) params.set("status", status)
  const { data, error, loading } = useAdminResource<{ companies: Company[]; count: number }>(
    `/admin/wholesale/companies?${params}`
  )
  const pending = useAdminResource<{ count: number }>("/admin/wholesale/companies?status=pending&limit=1")
  const waiting = pending.data?.count ?? 0

  const choose = (value: string) => {
    setStatus(value)
    setOffset(0)
  }

  return (
    <div className="flex flex-col gap-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div>
            <Heading level="h1">Wholesale</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Shops, exporters and retailers registered to buy wholesale. Approval puts their buyers into the wholesale
              customer group.
              {waiting > 0 && ` ${waiting} waiting for review.`}
            </Text>
          </div>
          <div className="flex items-center gap-3">
            <Link className="text-ui-fg-interactive txt-compact-small" to="/companies/quotes">
              Quotes →
            </Link>
            <Select size="small" value={status} onValueChange={choose}>
              <Select.Trigger className="w-48" aria-label="Status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {COMPANY_STATUSES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {COMPANY_STATUS[s].label}
                  </Select.Item>
                ))}
                <Select.Item value={ALL}>All companies</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </div>
        {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
        {!loading && !error && data?.companies.length === 0 && (
          <Text className="px-6 py-8 text-ui-fg-subtle">
            {status === "pending" ? "No companies are waiting for review." : "No companies match."} Buyers register
            their company from the storefront's wholesale page.
          </Text>
        )}
        {!!data?.companies.length && (
          <>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Company</Table.HeaderCell>
                  <Table.HeaderCell>GSTIN</Table.HeaderCell>
                  <Table.HeaderCell>Email</Table.HeaderCell>
                  <Table.HeaderCell>Employees</Table.HeaderCell>
                  <Table.HeaderCell>Registered</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.companies.map((c) => (
                  <Table.Row key={c.id}>
                    <Table.Cell>
                      <Link className="text-ui-fg-interactive" to={`/companies/${c.id}`}>
                        {c.name}
                      </Link>
                    </Table.Cell>
                    <Table.Cell className="font-mono">{c.gst_number}</Table.Cell>
                    <Table.Cell>{c.email}</Table.Cell>
                    <Table.Cell>{c.employees?.length ?? 0}</Table.Cell>
                    <Table.Cell>{formatDate(c.created_at)}</Table.Cell>
                    <Table.Cell>
                      <StatusBadge color={COMPANY_STATUS[c.status].color}>{COMPANY_STATUS[c.status].label}</StatusBadge>
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
      <SellerLineSheets />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Wholesale", icon: Buildings })

export default WholesalePage
