import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, useParams } from "react-router-dom"
import { ReviewActions } from "../../../components/review-actions"
import { formatDate, useAdminResource } from "../../../lib/api"
import { addressesOf, COMPANY_STATUS, type Address, type Company } from "../../../lib/wholesale"

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

const addressLines = (a: Address) =>
  [
    a.address_1,
    a.address_2,
    [a.city, a.province, a.postal_code].filter(Boolean).join(" "),
    a.country_code.toUpperCase(),
  ].filter(Boolean)

/** A buyer company: its GSTIN, addresses and employees, and the review decision. */
const CompanyDetailPage = () => {
  const { id } = useParams()
  const { data, error, reload } = useAdminResource<{ company: Company }>(`/admin/wholesale/companies/${id}`)

  if (error)
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
  const { company } = data
  const status = COMPANY_STATUS[company.status]
  const addresses = addressesOf(company)

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <Link className="text-ui-fg-subtle txt-compact-small" to="/companies">
            ← Wholesale companies
          </Link>
          <div className="flex items-center gap-2">
            <Heading level="h1">{company.name}</Heading>
            <StatusBadge color={status.color}>{status.label}</StatusBadge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            Registered {formatDate(company.created_at)}
          </Text>
        </div>
        <ReviewActions company={company} onReviewed={reload} />
      </Container>

      <Container className="grid grid-cols-2 gap-4 md:grid-cols-3">
        <Fact label="GSTIN">
          <span className="font-mono">{company.gst_number}</span>
        </Fact>
        <Fact label="Email">{company.email}</Fact>
        <Fact label="Phone">{company.phone ?? "—"}</Fact>
        <Fact label="Payment terms">{company.payment_terms ?? "—"}</Fact>
        <Fact label="Customer group">
          {company.customer_group_id && company.status === "approved" ? (
            <Link className="text-ui-fg-interactive" to={`/customer-groups/${company.customer_group_id}`}>
              Wholesale buyers
            </Link>
          ) : (
            "Not in the wholesale group"
          )}
        </Fact>
        <Fact label="Note to the company">{company.review_note ?? "—"}</Fact>
      </Container>

      <Container>
        <Heading level="h2">Addresses</Heading>
        {!addresses.length && (
          <Text size="small" className="mt-2 text-ui-fg-subtle">
            No addresses given.
          </Text>
        )}
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          {addresses.map((a, i) => (
            <div key={i}>
              {a.label && (
                <Text size="small" weight="plus">
                  {a.label}
                </Text>
              )}
              {addressLines(a).map((line) => (
                <Text key={line} size="small">
                  {line}
                </Text>
              ))}
            </div>
          ))}
        </div>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          Employees
        </Heading>
        {!company.employees.length ? (
          <Text size="small" className="px-6 pb-4 text-ui-fg-subtle">
            No employees.
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Email</Table.HeaderCell>
                <Table.HeaderCell>Role</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {company.employees.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>
                    <Link className="text-ui-fg-interactive" to={`/customers/${e.customer_id}`}>
                      {e.name || "(no name)"}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{e.email ?? "—"}</Table.Cell>
                  <Table.Cell>{e.role === "admin" ? "Company admin" : "Buyer"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export default CompanyDetailPage
