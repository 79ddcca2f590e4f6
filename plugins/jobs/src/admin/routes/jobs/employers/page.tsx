import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Table, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { FilterSelect, JobsPage, ListTable, PAGE } from "../../../components/list"
import { attempt, call, formatDate, useAdminResource } from "../../../lib/api"
import type { Employer, Page } from "../../../lib/jobs"

const ALL = "all"

/** Gives or takes the verified badge karigars see on the employer's posts. */
const BadgeButton = ({ employer, onDone }: { employer: Employer; onDone: () => void }) => {
  const prompt = usePrompt()
  const [busy, setBusy] = useState(false)
  const verify = !employer.verified
  const toggle = async () => {
    const sure = await prompt({
      title: verify ? `Verify ${employer.name}?` : `Take the badge from ${employer.name}?`,
      description: verify
        ? "Karigars see a verified badge on every post of this employer. Give it once you have checked who they are and where they work."
        : "Their posts stay up, without the verified badge.",
      confirmText: verify ? "Verify" : "Take the badge",
      cancelText: "Cancel",
      variant: verify ? "confirmation" : "danger",
    })
    if (!sure) return
    setBusy(true)
    await attempt(
      () => call(`/admin/jobs/employers/${employer.id}/verify`, { method: "POST", body: { verified: verify } }),
      verify ? `${employer.name} is verified` : `${employer.name} is no longer verified`
    )
    setBusy(false)
    onDone()
  }
  return (
    <Button size="small" variant={verify ? "primary" : "secondary"} isLoading={busy} onClick={toggle}>
      {verify ? "Verify" : "Unverify"}
    </Button>
  )
}

/** Employers: makers (sellers) and business customers who post jobs, and their verified badge. */
const EmployersPage = () => {
  const [verified, setVerified] = useState<string>(ALL)
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (verified !== ALL) params.set("verified", verified)
  const { data, error, loading, reload } = useAdminResource<Page<"employers", Employer>>(
    `/admin/jobs/employers?${params}`
  )

  const filters = (
    <FilterSelect
      label="Badge"
      value={verified}
      options={[
        [ALL, "All employers"],
        ["false", "Not verified"],
        ["true", "Verified"],
      ]}
      onChange={(v) => {
        setVerified(v)
        setOffset(0)
      }}
    />
  )
  return (
    <JobsPage
      title="Employers"
      description="Workshops (sellers, any member posts for them) and business customers who hire through Jobs+, newest first."
      filters={filters}
    >
      <ListTable
        error={error}
        loading={loading}
        rows={data?.employers.length}
        empty={
          verified === ALL
            ? "No employers yet. A maker sets up hiring from the seller dashboard; a business customer from the storefront's employer page."
            : verified === "false"
              ? "Every employer is verified."
              : "No employer is verified yet."
        }
        columns={["Employer", "Kind", "Area", "Since", "Badge", ""]}
        count={data?.count ?? 0}
        offset={offset}
        onOffset={setOffset}
      >
        {data?.employers.map((e) => (
          <Table.Row key={e.id}>
            <Table.Cell className="max-w-md py-2">
              <Text size="small" weight="plus">
                {e.name}
              </Text>
              {e.about && (
                <Text size="xsmall" className="truncate text-ui-fg-subtle">
                  {e.about}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>{e.kind === "seller" ? "Seller" : "Business customer"}</Table.Cell>
            <Table.Cell>{e.area}</Table.Cell>
            <Table.Cell>{formatDate(e.created_at)}</Table.Cell>
            <Table.Cell>
              {e.verified ? (
                <Badge size="2xsmall" color="green">
                  Verified {formatDate(e.verified_at)}
                </Badge>
              ) : (
                <Text size="xsmall" className="text-ui-fg-muted">
                  Not verified
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              <BadgeButton employer={e} onDone={reload} />
            </Table.Cell>
          </Table.Row>
        ))}
      </ListTable>
    </JobsPage>
  )
}

export const config = defineRouteConfig({ label: "Employers" })
export default EmployersPage
