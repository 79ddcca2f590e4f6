import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { STATUS_COLOR, useAdminResource } from "../../lib/api"

type Seller = {
  id: string
  name: string
  handle: string
  kind: string
  crafts: string[]
  area: string | null
  status: string
  commission_rate: number
  created_at: string
}

const PAGE = 20

const SellersPage = () => {
  const [status, setStatus] = useState("all")
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== "all") params.set("status", status)
  if (q) params.set("q", q)
  const { data, error, loading } = useAdminResource<{ sellers: Seller[]; count: number }>(`/admin/sellers?${params}`)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Sellers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Artisans and workshops selling on Made in Dharavi. Approve new sellers and suspend misuse here.
          </Text>
        </div>
        <div className="flex gap-2">
          <Input
            size="small"
            type="search"
            placeholder="Search by name or handle"
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setOffset(0)
            }}
          />
          <Select
            size="small"
            value={status}
            onValueChange={(v) => {
              setStatus(v)
              setOffset(0)
            }}
          >
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {["all", "pending", "active", "suspended"].map((s) => (
                <Select.Item key={s} value={s}>
                  {s === "all" ? "All statuses" : s}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {!loading && data?.sellers.length === 0 && (
        <Text className="px-6 py-8 text-ui-fg-subtle">
          No sellers match. New sign-ups from the storefront's "Sell with us" page appear here as pending.
        </Text>
      )}
      {!!data?.sellers.length && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Crafts</Table.HeaderCell>
                <Table.HeaderCell>Area</Table.HeaderCell>
                <Table.HeaderCell>Commission</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.sellers.map((s) => (
                <Table.Row key={s.id}>
                  <Table.Cell>
                    <Link className="text-ui-fg-interactive" to={`/sellers/${s.id}`}>
                      {s.name}
                    </Link>{" "}
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {s.handle}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>{s.crafts.join(", ")}</Table.Cell>
                  <Table.Cell>{s.area ?? "—"}</Table.Cell>
                  <Table.Cell>{s.commission_rate}%</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={STATUS_COLOR[s.status] ?? "grey"}>
                      {s.status}
                    </Badge>
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

export const config = defineRouteConfig({ label: "Sellers", icon: BuildingStorefront })

export default SellersPage
