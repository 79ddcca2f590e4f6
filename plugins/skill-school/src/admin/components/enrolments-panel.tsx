import { Button, Container, Heading, Input, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { attempt, call, formatDate, useAdminResource } from "../lib/api"
import { SOURCE_LABEL, personName, type Enrolment } from "../lib/school"
import { Empty } from "./field"

const PAGE = 50

/** The course's learners with their progress and certificate codes; give a place to a customer. */
export const EnrolmentsPanel = ({ courseId, onChanged }: { courseId: string; onChanged: () => void }) => {
  const [offset, setOffset] = useState(0)
  const { data, error, loading, reload } = useAdminResource<{ enrolments: Enrolment[]; count: number }>(
    `/admin/courses/${courseId}/enrolments?limit=${PAGE}&offset=${offset}`
  )
  const [customerId, setCustomerId] = useState("")
  const [giving, setGiving] = useState(false)

  const give = async () => {
    const id = customerId.trim()
    if (!id) return toast.error("Paste the customer's id (cus_…) from their page in Customers.")
    setGiving(true)
    const result = await attempt(
      () =>
        call<{ enrolment: Enrolment }>(`/admin/courses/${courseId}/enrolments`, {
          method: "POST",
          body: { customer_id: id },
        }),
      "Place given"
    )
    setGiving(false)
    if (result) {
      setCustomerId("")
      reload()
      onChanged()
    }
  }

  return (
    <Container className="p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h2">Learners</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Everyone with a place: bought, joined free, from a workshop seat or given by the team.
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Input
            size="small"
            className="w-56"
            placeholder="Customer id (cus_…)"
            value={customerId}
            onChange={(e) => setCustomerId(e.target.value)}
          />
          <Button size="small" variant="secondary" isLoading={giving} onClick={give}>
            Give a place
          </Button>
        </div>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{error}</Text>}
      {loading && !data && <Text className="px-6 py-4 text-ui-fg-subtle">Loading…</Text>}
      {data && data.enrolments.length === 0 && (
        <Empty>
          No learners yet. They appear here when they buy or join the course; you can also give someone a place.
        </Empty>
      )}
      {!!data?.enrolments.length && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Learner</Table.HeaderCell>
                <Table.HeaderCell>How</Table.HeaderCell>
                <Table.HeaderCell>Since</Table.HeaderCell>
                <Table.HeaderCell>Progress</Table.HeaderCell>
                <Table.HeaderCell>Certificate</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.enrolments.map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>
                    <Link className="text-ui-fg-interactive" to={`/customers/${e.customer.id}`}>
                      {personName(e.customer)}
                    </Link>
                    {e.customer.email && (
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {e.customer.email}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {SOURCE_LABEL[e.source]}
                    {e.order_id && (
                      <Link className="block text-ui-fg-interactive txt-compact-xsmall" to={`/orders/${e.order_id}`}>
                        order
                      </Link>
                    )}
                  </Table.Cell>
                  <Table.Cell>{formatDate(e.created_at)}</Table.Cell>
                  <Table.Cell>
                    {e.completed_at ? (
                      <StatusBadge color="green">Finished {formatDate(e.completed_at)}</StatusBadge>
                    ) : (
                      `${e.lessons_done} of ${e.lessons_total} lessons`
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <span className="font-mono txt-compact-small">{e.certificate_code ?? "—"}</span>
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
