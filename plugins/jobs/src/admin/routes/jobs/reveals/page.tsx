import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Input, Table } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { JobsPage, ListTable, PAGE } from "../../../components/list"
import { formatDate, useAdminResource } from "../../../lib/api"
import type { Page, Reveal } from "../../../lib/jobs"

const side = (type: "employer" | "karigar", name: string | null) => `${name ?? "—"} (${type})`

/** The contact-reveal log: who saw whose phone and email, on which application, when. */
const RevealsPage = () => {
  const [application, setApplication] = useState("")
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (application.trim()) params.set("application_id", application.trim())
  const { data, error, loading } = useAdminResource<Page<"reveals", Reveal>>(`/admin/jobs/reveals?${params}`)

  const description =
    "Contact details are shared only after the employer shortlisted and the karigar agreed; every look is logged here, newest first. An employer may see 50 new applicants' contacts a day."
  const filters = (
    <Input
      size="small"
      placeholder="Application id (japp_…)"
      aria-label="Application id"
      value={application}
      onChange={(e) => {
        setApplication(e.target.value)
        setOffset(0)
      }}
    />
  )
  return (
    <JobsPage title="Contact reveals" description={description} filters={filters}>
      <ListTable
        error={error}
        loading={loading}
        rows={data?.reveals.length}
        empty={
          application.trim()
            ? "No reveals on this application."
            : "No contact has been revealed yet. Entries appear when an employer or a karigar opens the other's phone and email on an application."
        }
        columns={["When", "Who looked", "Whose contact", "Post", "Application"]}
        count={data?.count ?? 0}
        offset={offset}
        onOffset={setOffset}
      >
        {data?.reveals.map((r) => (
          <Table.Row key={r.id}>
            <Table.Cell>{formatDate(r.created_at)}</Table.Cell>
            <Table.Cell>{side(r.viewer_type, r.viewer_name)}</Table.Cell>
            <Table.Cell>{side(r.subject_type, r.subject_name)}</Table.Cell>
            <Table.Cell>
              {r.post ? (
                <Link className="text-ui-fg-interactive" to={`/jobs/posts/${r.post.id}`}>
                  {r.post.title}
                </Link>
              ) : (
                "—"
              )}
            </Table.Cell>
            <Table.Cell>
              <button
                type="button"
                className="font-mono text-ui-fg-interactive txt-compact-xsmall"
                onClick={() => {
                  setApplication(r.application_id)
                  setOffset(0)
                }}
              >
                {r.application_id}
              </button>
            </Table.Cell>
          </Table.Row>
        ))}
      </ListTable>
    </JobsPage>
  )
}

export const config = defineRouteConfig({ label: "Contact reveals" })
export default RevealsPage
