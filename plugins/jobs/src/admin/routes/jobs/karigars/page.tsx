import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Avatar, Button, Input, StatusBadge, Table, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { FilterSelect, JobsPage, ListTable, PAGE } from "../../../components/list"
import { Skills } from "../../../components/skills"
import { attempt, call, formatDay, formatWage, useAdminResource } from "../../../lib/api"
import type { Karigar, Page } from "../../../lib/jobs"

const ALL = "all"

const availability = (k: Karigar) =>
  k.available_tomorrow ? "tomorrow" : k.available_from ? `from ${formatDay(k.available_from)}` : "now"

/** Hides a profile (off the board's matching and public pages) or shows it again. */
const VisibilityButton = ({ karigar, onDone }: { karigar: Karigar; onDone: () => void }) => {
  const prompt = usePrompt()
  const [busy, setBusy] = useState(false)
  const hide = karigar.status === "active"
  const toggle = async () => {
    if (hide) {
      const sure = await prompt({
        title: `Hide ${karigar.name}?`,
        description:
          "The profile leaves the public pages and employers' match lists, and they cannot apply to jobs until it is shown again.",
        confirmText: "Hide",
        cancelText: "Cancel",
      })
      if (!sure) return
    }
    setBusy(true)
    await attempt(
      () =>
        call(`/admin/jobs/karigars/${karigar.id}`, { method: "POST", body: { status: hide ? "hidden" : "active" } }),
      `${karigar.name} is ${hide ? "hidden" : "shown again"}`
    )
    setBusy(false)
    onDone()
  }
  return (
    <Button size="small" variant={hide ? "secondary" : "primary"} isLoading={busy} onClick={toggle}>
      {hide ? "Hide" : "Show"}
    </Button>
  )
}

/** Karigar profiles: what they do, where, what they expect; no contact details (those leave only through a consented reveal). */
const KarigarsPage = () => {
  const [status, setStatus] = useState<string>(ALL)
  const [area, setArea] = useState("")
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== ALL) params.set("status", status)
  if (area.trim().length >= 2) params.set("area", area.trim())
  const { data, error, loading, reload } = useAdminResource<Page<"karigars", Karigar>>(`/admin/jobs/karigars?${params}`)

  const filters = (
    <>
      <Input
        size="small"
        placeholder="Area, e.g. Kumbharwada"
        aria-label="Area"
        value={area}
        onChange={(e) => {
          setArea(e.target.value)
          setOffset(0)
        }}
      />
      <FilterSelect
        label="Status"
        value={status}
        options={[
          [ALL, "All profiles"],
          ["active", "Shown"],
          ["hidden", "Hidden"],
        ]}
        onChange={(v) => {
          setStatus(v)
          setOffset(0)
        }}
      />
    </>
  )
  return (
    <JobsPage
      title="Karigars"
      description="Work profiles of karigars, newest first. Their phone and email are not shown here either."
      filters={filters}
    >
      <ListTable
        error={error}
        loading={loading}
        rows={data?.karigars.length}
        empty={
          status !== ALL || area.trim()
            ? "No profiles match (the area must match exactly)."
            : "No karigar profiles yet. Customers create one from the storefront's Jobs+ pages to apply for work."
        }
        columns={["Karigar", "Skills", "Expects", "Available", "Status", ""]}
        count={data?.count ?? 0}
        offset={offset}
        onOffset={setOffset}
      >
        {data?.karigars.map((k) => (
          <Table.Row key={k.id}>
            <Table.Cell className="py-2">
              <div className="flex items-center gap-2">
                <Avatar size="small" src={k.photo_url ?? undefined} fallback={k.name.slice(0, 1)} />
                <div>
                  <Text size="small" weight="plus">
                    {k.name}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {k.area} · {k.years_experience} yrs · {k.languages.join(", ") || "—"}
                  </Text>
                </div>
              </div>
            </Table.Cell>
            <Table.Cell>
              <Skills skills={k.skills} />
            </Table.Cell>
            <Table.Cell>{formatWage(k.expected_wage, k.wage_period)}</Table.Cell>
            <Table.Cell>{availability(k)}</Table.Cell>
            <Table.Cell>
              <StatusBadge color={k.status === "active" ? "green" : "grey"}>
                {k.status === "active" ? "Shown" : "Hidden"}
              </StatusBadge>
            </Table.Cell>
            <Table.Cell>
              <VisibilityButton karigar={k} onDone={reload} />
            </Table.Cell>
          </Table.Row>
        ))}
      </ListTable>
    </JobsPage>
  )
}

export const config = defineRouteConfig({ label: "Karigars" })
export default KarigarsPage
