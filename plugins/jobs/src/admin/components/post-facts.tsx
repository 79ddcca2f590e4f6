import { Badge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDay, formatWage } from "../lib/api"
import { EMPLOYMENT, type Post } from "../lib/jobs"
import { Skills } from "./skills"

export const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

/** Who posts, what it pays, where and when: what a moderator checks first. */
export const PostFacts = ({ post }: { post: Post }) => (
  <div className="flex flex-col gap-3">
    <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
      <Fact label="Employer">
        {post.employer?.name ?? "—"}{" "}
        {post.employer?.verified && (
          <Badge size="2xsmall" color="green">
            Verified
          </Badge>
        )}
        <span className="text-ui-fg-muted"> · {post.employer?.kind === "seller" ? "seller" : "business"}</span>
      </Fact>
      <Fact label="Type and wage">
        {EMPLOYMENT[post.employment_type]} · {formatWage(post.wage_amount, post.wage_period)}
      </Fact>
      <Fact label="Openings">
        {post.filled} of {post.openings} filled
      </Fact>
      <Fact label="Where">
        {post.area}
        {post.landmark ? ` · ${post.landmark}` : ""}
      </Fact>
      <Fact label="Dates">
        from {formatDay(post.starts_on)}
        {post.ends_on ? ` to ${formatDay(post.ends_on)}` : ""} · expires {formatDay(post.expires_at)}
      </Fact>
      <Fact label="Shifts">{post.shifts.length ? post.shifts.join(", ") : "—"}</Fact>
      <Fact label="Reports">{post.report_count}</Fact>
    </div>
    <Skills skills={post.skills} />
  </div>
)
