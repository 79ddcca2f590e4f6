import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { FilterSelect, JobsPage, ListTable, PAGE } from "../../../components/list"
import { ReportReason, ReportStatus } from "../../../components/report-cells"
import { ResolveReport } from "../../../components/resolve-report"
import { formatDate, useAdminResource } from "../../../lib/api"
import { POST_STATUS, REPORT_STATUS, REPORT_STATUSES, type Page, type Report } from "../../../lib/jobs"

const ALL = "all"

/** The report queue, oldest first: dismiss, or act (and remove the post). */
const ReportsPage = () => {
  const [status, setStatus] = useState<string>("open")
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== ALL) params.set("status", status)
  const { data, error, loading, reload } = useAdminResource<Page<"reports", Report>>(`/admin/jobs/reports?${params}`)

  const filters = (
    <FilterSelect
      label="Status"
      value={status}
      options={[...REPORT_STATUSES.map((s): [string, string] => [s, REPORT_STATUS[s].label]), [ALL, "All reports"]]}
      onChange={(v) => {
        setStatus(v)
        setOffset(0)
      }}
    />
  )
  return (
    <JobsPage
      title="Reports"
      description="What karigars reported about posts, oldest first. Posts that ask workers for money are removed."
      filters={filters}
    >
      <ListTable
        error={error}
        loading={loading}
        rows={data?.reports.length}
        empty={
          status === "open"
            ? "No open reports. Karigars report posts that ask for money, look fake or unsafe, or pay less than posted; three reports take a live post off the board until you look at it."
            : "No reports match."
        }
        columns={["Reported", "Post", "Reason", "Status", ""]}
        count={data?.count ?? 0}
        offset={offset}
        onOffset={setOffset}
      >
        {data?.reports.map((r) => (
          <Table.Row key={r.id}>
            <Table.Cell>{formatDate(r.created_at)}</Table.Cell>
            <Table.Cell className="py-2">
              {r.post ? (
                <>
                  <Link className="text-ui-fg-interactive" to={`/jobs/posts/${r.post.id}`}>
                    {r.post.title}
                  </Link>
                  <Text size="xsmall" className="text-ui-fg-muted">
                    {POST_STATUS[r.post.status].label} · {r.post.report_count} report
                    {r.post.report_count === 1 ? "" : "s"}
                  </Text>
                </>
              ) : (
                "—"
              )}
            </Table.Cell>
            <Table.Cell>
              <ReportReason report={r} />
            </Table.Cell>
            <Table.Cell>
              <ReportStatus report={r} />
            </Table.Cell>
            <Table.Cell>
              <ResolveReport
                report={r}
                postTitle={r.post?.title ?? "this post"}
                postRemoved={r.post?.status === "removed"}
                onDone={reload}
              />
            </Table.Cell>
          </Table.Row>
        ))}
      </ListTable>
    </JobsPage>
  )
}

export const config = defineRouteConfig({ label: "Reports" })
export default ReportsPage
