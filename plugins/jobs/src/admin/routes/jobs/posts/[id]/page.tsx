import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { ModerateActions } from "../../../../components/moderate-actions"
import { Fact, PostFacts } from "../../../../components/post-facts"
import { ReportReason, ReportStatus } from "../../../../components/report-cells"
import { ResolveReport } from "../../../../components/resolve-report"
import { formatDate, useAdminResource } from "../../../../lib/api"
import { APPLICATION_STATUSES, POST_STATUS, type PostDetail } from "../../../../lib/jobs"

/** A post: its terms and private address, moderation, how many applied and where they stand, and its reports. */
const PostDetailPage = () => {
  const { id } = useParams()
  const { data, error, reload } = useAdminResource<{ post: PostDetail }>(`/admin/jobs/posts/${id}`)

  if (error && !data)
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
  const { post } = data
  const status = POST_STATUS[post.status]
  const applied = APPLICATION_STATUSES.reduce((n, s) => n + (post.application_counts[s] ?? 0), 0)

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <Link className="text-ui-fg-subtle txt-compact-small" to="/jobs/posts">
            ← Job posts
          </Link>
          <div className="flex items-center gap-2">
            <Heading level="h1">{post.title}</Heading>
            <StatusBadge color={status.color}>{status.label}</StatusBadge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            posted {formatDate(post.created_at)}
            {post.moderated_at && ` · moderated ${formatDate(post.moderated_at)}`}
            {post.moderation_note && ` · note: ${post.moderation_note}`}
          </Text>
        </div>
        <ModerateActions post={post} onDone={reload} />
      </Container>

      <Container className="flex flex-col gap-4">
        <PostFacts post={post} />
        <Fact label="Full address (shown only to karigars hired on it)">{post.address ?? "—"}</Fact>
        {post.description && (
          <Fact label="Description">
            <span className="whitespace-pre-line">{post.description}</span>
          </Fact>
        )}
      </Container>

      <Container className="flex flex-col gap-3">
        <Heading level="h2">Applications</Heading>
        {applied === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            No karigar has applied yet.
          </Text>
        ) : (
          <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
            {APPLICATION_STATUSES.map((s) => (
              <Fact key={s} label={s[0].toUpperCase() + s.slice(1)}>
                {post.application_counts[s] ?? 0}
              </Fact>
            ))}
          </div>
        )}
      </Container>

      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Reports</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {post.reports.length
              ? "Newest first. Three open reports take a live post back to the moderation queue."
              : "Nobody has reported this post."}
          </Text>
        </div>
        {post.reports.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Reported</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {post.reports.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>{formatDate(r.created_at)}</Table.Cell>
                  <Table.Cell className="py-2">
                    <ReportReason report={r} />
                  </Table.Cell>
                  <Table.Cell>
                    <ReportStatus report={r} />
                  </Table.Cell>
                  <Table.Cell>
                    <ResolveReport
                      report={r}
                      postTitle={post.title}
                      postRemoved={post.status === "removed"}
                      onDone={reload}
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </div>
  )
}

export default PostDetailPage
