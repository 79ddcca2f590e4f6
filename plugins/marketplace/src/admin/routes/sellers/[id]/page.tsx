import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useParams } from "react-router-dom"
import { STATUS_COLOR, adminFetch, formatMoney, useAdminResource } from "../../../lib/api"

type Member = {
  id: string
  role: string
  revenue_share: number
  revoked_at: string | null
  user: { name: string; email: string }
}
type Seller = {
  id: string
  name: string
  handle: string
  kind: string
  crafts: string[]
  area: string | null
  status: string
  commission_rate: number
  verification_status: string
  gst_number: string | null
  artisan_card: string | null
  story: Record<string, string> | null
  photo_url: string | null
  contact: Record<string, string> | null
}
type AuditEntry = {
  id: string
  action: string
  role: string
  resource_type: string
  resource_id: string | null
  created_at: string
  user: { name: string; email: string } | null
}
type SellerOrder = {
  id: string
  currency_code: string
  subtotal: number
  commission_amount: number
  digipreneur_amount: number
  payout_due: number
  created_at: string
  order: { display_id: number }
}

const SellerDetailPage = () => {
  const { id } = useParams()
  const detail = useAdminResource<{ seller: Seller; members: Member[]; product_count: number }>(`/admin/sellers/${id}`)
  const audit = useAdminResource<{ audit_log: AuditEntry[] }>(`/admin/sellers/${id}/audit-log?limit=50`)
  const sales = useAdminResource<{ seller_orders: SellerOrder[]; totals: Record<string, Record<string, number>> }>(
    `/admin/sellers/${id}/orders?limit=20`
  )
  const [commission, setCommission] = useState<string>("")
  const [busy, setBusy] = useState(false)

  if (detail.error)
    return (
      <Container>
        <Text className="text-ui-fg-error">{detail.error}</Text>
      </Container>
    )
  if (!detail.data)
    return (
      <Container>
        <Text>Loading…</Text>
      </Container>
    )
  const { seller, members, product_count } = detail.data

  const setStatus = async (status: "active" | "suspended") => {
    setBusy(true)
    try {
      const body: Record<string, unknown> = { status }
      if (commission !== "") body.commission_rate = Number(commission)
      if (status === "active" && seller.verification_status !== "verified") body.verification_status = "verified"
      await adminFetch(`/admin/sellers/${seller.id}`, { method: "POST", body })
      toast.success(
        status === "active" ? `${seller.name} is active` : `${seller.name} is suspended; their products are hidden`
      )
      setCommission("")
      await Promise.all([detail.reload(), audit.reload()])
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex items-center gap-4">
          {seller.photo_url && <img src={seller.photo_url} alt="" className="h-16 w-16 rounded-full" />}
          <div>
            <Heading level="h1">{seller.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {seller.handle} · {seller.kind} · {seller.crafts.join(", ")} · {seller.area ?? "area not given"}
            </Text>
            <div className="mt-1 flex gap-2">
              <Badge size="2xsmall" color={STATUS_COLOR[seller.status] ?? "grey"}>
                {seller.status}
              </Badge>
              <Badge size="2xsmall">verification: {seller.verification_status}</Badge>
              <Badge size="2xsmall">{product_count} products</Badge>
            </div>
          </div>
        </div>
        <div className="flex flex-col gap-2">
          <Label htmlFor="commission" size="small">
            Commission % (now {seller.commission_rate}%)
          </Label>
          <Input
            id="commission"
            size="small"
            type="number"
            min={0}
            max={100}
            step={0.5}
            value={commission}
            onChange={(e) => setCommission(e.target.value)}
            placeholder={String(seller.commission_rate)}
          />
          <div className="flex gap-2">
            {seller.status !== "active" && (
              <Button size="small" isLoading={busy} onClick={() => setStatus("active")}>
                {seller.status === "pending" ? "Approve" : "Re-activate"}
              </Button>
            )}
            {seller.status === "active" && (
              <Button
                size="small"
                variant="secondary"
                isLoading={busy}
                onClick={() => setStatus("active")}
                disabled={commission === ""}
              >
                Save commission
              </Button>
            )}
            {seller.status !== "suspended" && (
              <Button size="small" variant="danger" isLoading={busy} onClick={() => setStatus("suspended")}>
                Suspend
              </Button>
            )}
          </div>
        </div>
      </Container>

      <Container>
        <Heading level="h2">Profile</Heading>
        <Text size="small" className="mt-2 whitespace-pre-line">
          {seller.story?.en ?? "No story yet."}
        </Text>
        <Text size="small" className="mt-2 text-ui-fg-subtle">
          GST: {seller.gst_number ?? "—"} · Artisan card: {seller.artisan_card ?? "—"} · Contact (private):{" "}
          {seller.contact ? Object.values(seller.contact).join(", ") : "—"}
        </Text>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Members
        </Heading>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Email</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell>Share</Table.HeaderCell>
              <Table.HeaderCell>Access</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{m.user.name}</Table.Cell>
                <Table.Cell>{m.user.email}</Table.Cell>
                <Table.Cell>{m.role === "digipreneur" ? "digi-preneur" : m.role}</Table.Cell>
                <Table.Cell>{m.role === "digipreneur" ? `${m.revenue_share}%` : "—"}</Table.Cell>
                <Table.Cell>
                  {m.revoked_at ? (
                    <Badge size="2xsmall" color="red">
                      revoked
                    </Badge>
                  ) : (
                    <Badge size="2xsmall" color="green">
                      active
                    </Badge>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Sales and payouts
        </Heading>
        <div className="flex flex-wrap gap-6 px-6 pb-4">
          {Object.entries(sales.data?.totals ?? {}).map(([currency, t]) => (
            <Text key={currency} size="small">
              {currency.toUpperCase()}: sold {formatMoney(t.subtotal, currency)} · commission{" "}
              {formatMoney(t.commission_amount, currency)} · digi-preneur {formatMoney(t.digipreneur_amount, currency)}{" "}
              · <b>payout due {formatMoney(t.payout_due, currency)}</b>
            </Text>
          ))}
          {!sales.data?.seller_orders.length && (
            <Text size="small" className="text-ui-fg-subtle">
              No orders yet.
            </Text>
          )}
        </div>
        {!!sales.data?.seller_orders.length && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell>Sold</Table.HeaderCell>
                <Table.HeaderCell>Commission</Table.HeaderCell>
                <Table.HeaderCell>Digi-preneur</Table.HeaderCell>
                <Table.HeaderCell>Payout due</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {sales.data.seller_orders.map((o) => (
                <Table.Row key={o.id}>
                  <Table.Cell>#{o.order?.display_id}</Table.Cell>
                  <Table.Cell>{formatMoney(o.subtotal, o.currency_code)}</Table.Cell>
                  <Table.Cell>{formatMoney(o.commission_amount, o.currency_code)}</Table.Cell>
                  <Table.Cell>{formatMoney(o.digipreneur_amount, o.currency_code)}</Table.Cell>
                  <Table.Cell>{formatMoney(o.payout_due, o.currency_code)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Audit log
        </Heading>
        {!audit.data?.audit_log.length && (
          <Text size="small" className="px-6 pb-4 text-ui-fg-subtle">
            Nothing recorded yet.
          </Text>
        )}
        {!!audit.data?.audit_log.length && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Who</Table.HeaderCell>
                <Table.HeaderCell>Role</Table.HeaderCell>
                <Table.HeaderCell>What</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {audit.data.audit_log.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>{new Date(e.created_at).toLocaleString("en-IN")}</Table.Cell>
                  <Table.Cell>{e.user?.name ?? "—"}</Table.Cell>
                  <Table.Cell>{e.role}</Table.Cell>
                  <Table.Cell>
                    {e.action}{" "}
                    {e.resource_id ? (
                      <Text as="span" size="xsmall" className="text-ui-fg-muted">
                        {e.resource_id}
                      </Text>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export default SellerDetailPage
