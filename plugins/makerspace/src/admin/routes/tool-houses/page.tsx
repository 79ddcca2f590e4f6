import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { DayCalendar } from "../../components/day-calendar"
import { OutagesSection } from "../../components/outages-section"
import { ToolHouseForm } from "../../components/tool-house-form"
import { UnitsSection } from "../../components/units-section"
import { useAdminResource, type ToolHouse } from "../../lib/api"

/** Tool-houses: create and edit them, their units and outages; a day calendar of bookings with QR check-in. */
const ToolHousesPage = () => {
  const list = useAdminResource<{ tool_houses: ToolHouse[] }>("/admin/tool-houses?limit=100")
  const houses = list.data?.tool_houses ?? []
  const [houseId, setHouseId] = useState("")
  const detail = useAdminResource<{ tool_house: ToolHouse }>(houseId ? `/admin/tool-houses/${houseId}` : null)
  const house = detail.data?.tool_house.id === houseId ? detail.data.tool_house : undefined
  const [form, setForm] = useState<"new" | "edit" | null>(null)

  const firstHouseId = houses[0]?.id
  useEffect(() => {
    if (!houseId && firstHouseId) setHouseId(firstHouseId)
  }, [firstHouseId, houseId])

  const reload = async () => {
    await Promise.all([list.reload(), detail.reload()])
  }

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Heading level="h1">Tool-houses</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Units, outages and each day's bookings, in the tool-house's own time zone.
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          {houses.length > 0 && (
            <div>
              <Label size="small" htmlFor="tool-house">
                Tool-house
              </Label>
              <Select size="small" value={houseId} onValueChange={setHouseId}>
                <Select.Trigger id="tool-house">
                  <Select.Value placeholder="Choose" />
                </Select.Trigger>
                <Select.Content>
                  {houses.map((h) => (
                    <Select.Item key={h.id} value={h.id}>
                      {h.name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          )}
          {house && (
            <Button size="small" variant="secondary" onClick={() => setForm("edit")}>
              Edit tool-house
            </Button>
          )}
          <Button size="small" onClick={() => setForm("new")}>
            New tool-house
          </Button>
        </div>
      </Container>

      {(list.error || detail.error) && (
        <Container>
          <Text className="text-ui-fg-error">{list.error ?? detail.error}</Text>
        </Container>
      )}
      {list.data && !houses.length && (
        <Container>
          <Text className="text-ui-fg-subtle">No tool-houses yet. Create the first one with "New tool-house".</Text>
        </Container>
      )}

      {house && (
        <>
          <Container className="flex flex-wrap items-center gap-2">
            <Text size="small" weight="plus">
              /{house.handle}
            </Text>
            <Badge size="2xsmall" color={house.status === "active" ? "green" : "grey"}>
              {house.status}
            </Badge>
            <Text size="small" className="text-ui-fg-subtle">
              {[house.area, house.address_landmark, house.timezone].filter(Boolean).join(" · ")}
            </Text>
          </Container>
          <DayCalendar key={house.id} house={house} />
          <UnitsSection house={house} onChanged={reload} />
          <OutagesSection house={house} onChanged={reload} />
        </>
      )}

      <ToolHouseForm
        house={form === "edit" ? house : undefined}
        open={form !== null}
        onOpenChange={(open) => !open && setForm(null)}
        onSaved={async (saved) => {
          await list.reload()
          if (saved.id === houseId) await detail.reload()
          else setHouseId(saved.id)
        }}
      />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Tool-houses", icon: CalendarSolid })

export default ToolHousesPage
