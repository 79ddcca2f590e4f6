import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { KIND_LABEL, useAdminResource, type Qualification, type ToolHouse, type Unit } from "../lib/api"
import { UnitForm } from "./unit-form"

const span = (minutes: number) =>
  minutes % 1440 === 0 ? `${minutes / 1440} d` : minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`

/** The tool-house's benches, machines and storage bays with their rules; add and edit. */
export const UnitsSection = ({ house, onChanged }: { house: ToolHouse; onChanged: () => void }) => {
  const [editing, setEditing] = useState<Unit | "new" | null>(null)
  const qualifications = useAdminResource<{ qualifications: Qualification[] }>("/admin/qualifications")
  const qualificationName = (id: string | null) => {
    const q = qualifications.data?.qualifications.find((x) => x.id === id)
    return q ? (q.name.en ?? q.code) : id
  }

  return (
    <Container className="p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Units</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Each unit is booked by one customer at a time.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
          Add unit
        </Button>
      </div>
      {!house.units.length ? (
        <Text size="small" className="px-6 pb-4 text-ui-fg-subtle">
          No units yet. Add benches, machines or storage bays.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>Length</Table.HeaderCell>
              <Table.HeaderCell>Grid · notice · ahead</Table.HeaderCell>
              <Table.HeaderCell>Buffers · cap</Table.HeaderCell>
              <Table.HeaderCell>Needs</Table.HeaderCell>
              <Table.HeaderCell>Price</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {[...house.units]
              .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name))
              .map((u) => (
                <Table.Row key={u.id}>
                  <Table.Cell>
                    {u.name}{" "}
                    {!u.active && (
                      <Badge size="2xsmall" color="grey">
                        inactive
                      </Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell>{KIND_LABEL[u.kind] ?? u.kind}</Table.Cell>
                  <Table.Cell>
                    {span(u.min_minutes)}–{span(u.max_minutes)}
                  </Table.Cell>
                  <Table.Cell>
                    {span(u.slot_minutes)} · {span(u.min_notice_minutes)} · {u.max_advance_days} d
                  </Table.Cell>
                  <Table.Cell>
                    {u.buffer_before_minutes || u.buffer_after_minutes
                      ? `${u.buffer_before_minutes}/${u.buffer_after_minutes} min`
                      : "—"}
                    {u.daily_cap_minutes ? ` · cap ${span(u.daily_cap_minutes)}` : ""}
                  </Table.Cell>
                  <Table.Cell>
                    {u.required_qualification_id ? qualificationName(u.required_qualification_id) : "—"}
                  </Table.Cell>
                  <Table.Cell>
                    {u.variant_id ? (
                      <Badge size="2xsmall" color="green">
                        priced
                      </Badge>
                    ) : (
                      <Badge size="2xsmall" color="orange">
                        no price
                      </Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" onClick={() => setEditing(u)}>
                      Edit
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
          </Table.Body>
        </Table>
      )}
      <UnitForm
        toolHouseId={house.id}
        unit={editing && editing !== "new" ? editing : undefined}
        qualifications={qualifications.data?.qualifications ?? []}
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        onSaved={onChanged}
      />
    </Container>
  )
}
