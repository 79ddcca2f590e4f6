import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tools } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { JobsPage, ListStatus, PAGE, Pager } from "../../components/list"
import { ModerateActions } from "../../components/moderate-actions"
import { PostFacts } from "../../components/post-facts"
import { formatDate, useAdminResource } from "../../lib/api"
import type { Page, Post, Report } from "../../lib/jobs"

/** Jobs+: the moderation queue, new posts oldest first, each with what a moderator checks and the decision. */
const ModerationQueuePage = () => {
  const [offset, setOffset] = useState(0)
  const { data, error, loading, reload } = useAdminResource<Page<"posts", Post>>(
    `/admin/jobs/posts?status=pending&limit=${PAGE}&offset=${offset}`
  )
  const reports = useAdminResource<Page<"reports", Report>>("/admin/jobs/reports?status=open&limit=1")
  const openReports = reports.data?.count ?? 0

  const description = (
    <>
      New job posts wait here, oldest first, until approved. Approve only work that pays what it says; reject or remove
      posts that ask workers for money.
      {data ? ` ${data.count} waiting.` : ""}{" "}
      {openReports > 0 && (
        <Link className="text-ui-fg-interactive" to="/jobs/reports">
          {openReports} open report{openReports === 1 ? "" : "s"} →
        </Link>
      )}
    </>
  )
  return (
    <JobsPage title="Jobs+ moderation queue" description={description}>
      <ListStatus
        error={error}
        loading={loading}
        rows={data?.posts.length}
        empty="Nothing to review: every post has been moderated. Posts that employers (workshops and businesses) send from the storefront or the seller dashboard appear here, and so do live posts that three karigars reported."
      />
      {data?.posts.map((post) => (
        <div key={post.id} className="flex flex-col gap-3 px-6 py-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <Link className="text-ui-fg-interactive txt-compact-medium-plus" to={`/jobs/posts/${post.id}`}>
                {post.title}
              </Link>
              <Text size="xsmall" className="text-ui-fg-muted">
                posted {formatDate(post.created_at)}
                {post.moderated_at &&
                  ` · back in the queue after reports (last moderated ${formatDate(post.moderated_at)})`}
              </Text>
            </div>
            <ModerateActions post={post} onDone={reload} />
          </div>
          <PostFacts post={post} />
          {post.description && (
            <Text size="small" className="whitespace-pre-line text-ui-fg-subtle">
              {post.description}
            </Text>
          )}
        </div>
      ))}
      {!!data?.count && data.count > PAGE && <Pager count={data.count} offset={offset} onOffset={setOffset} />}
    </JobsPage>
  )
}

export const config = defineRouteConfig({ label: "Jobs+", icon: Tools })
export default ModerationQueuePage
