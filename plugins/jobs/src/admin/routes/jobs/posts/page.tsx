import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Input, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { FilterSelect, JobsPage, ListTable, PAGE } from "../../../components/list"
import { formatDate, formatWage, useAdminResource } from "../../../lib/api"
import { EMPLOYMENT, POST_STATUS, POST_STATUSES, type Page, type Post } from "../../../lib/jobs"

const ALL = "all"

/** Every job post, by status and by a search on the title. */
const PostsPage = () => {
  const [status, setStatus] = useState<string>(ALL)
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) })
  if (status !== ALL) params.set("status", status)
  if (q.trim()) params.set("q", q.trim())
  const { data, error, loading } = useAdminResource<Page<"posts", Post>>(`/admin/jobs/posts?${params}`)
  const filtered = status !== ALL || Boolean(q.trim())

  const filters = (
    <>
      <Input
        size="small"
        type="search"
        placeholder="Search titles"
        aria-label="Search titles"
        value={q}
        onChange={(e) => {
          setQ(e.target.value)
          setOffset(0)
        }}
      />
      <FilterSelect
        label="Status"
        value={status}
        options={[[ALL, "All posts"], ...POST_STATUSES.map((s): [string, string] => [s, POST_STATUS[s].label])]}
        onChange={(v) => {
          setStatus(v)
          setOffset(0)
        }}
      />
    </>
  )
  return (
    <JobsPage
      title="Job posts"
      description="Every post from every employer, newest first (the moderation queue shows pending ones oldest first)."
      filters={filters}
    >
      <ListTable
        error={error}
        loading={loading}
        rows={data?.posts.length}
        empty={
          filtered
            ? "No posts match."
            : "No job posts yet. Business customers post from the storefront's employer pages, makers from their seller dashboard."
        }
        columns={["Post", "Type and wage", "Openings", "Area", "Reports", "Posted", "Status"]}
        count={data?.count ?? 0}
        offset={offset}
        onOffset={setOffset}
      >
        {data?.posts.map((p) => (
          <Table.Row key={p.id}>
            <Table.Cell className="py-2">
              <Link className="text-ui-fg-interactive" to={`/jobs/posts/${p.id}`}>
                {p.title}
              </Link>
              <Text size="xsmall" className="text-ui-fg-muted">
                {p.employer?.name}
                {p.employer?.verified ? " · verified" : ""}
              </Text>
            </Table.Cell>
            <Table.Cell>
              {EMPLOYMENT[p.employment_type]} · {formatWage(p.wage_amount, p.wage_period)}
            </Table.Cell>
            <Table.Cell>
              {p.filled} / {p.openings}
            </Table.Cell>
            <Table.Cell>{p.area}</Table.Cell>
            <Table.Cell>{p.report_count || "—"}</Table.Cell>
            <Table.Cell>{formatDate(p.created_at)}</Table.Cell>
            <Table.Cell>
              <StatusBadge color={POST_STATUS[p.status].color}>{POST_STATUS[p.status].label}</StatusBadge>
            </Table.Cell>
          </Table.Row>
        ))}
      </ListTable>
    </JobsPage>
  )
}

export const config = defineRouteConfig({ label: "Posts" })
export default PostsPage
