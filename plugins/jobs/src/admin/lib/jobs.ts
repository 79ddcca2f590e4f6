/** The shapes the /admin/jobs routes answer (see src/lib/jobs.ts for the views they are built from). */

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export type PostStatus = "pending" | "live" | "rejected" | "filled" | "closed" | "expired" | "removed"
export type EmploymentType = "daily" | "short_term" | "long_term"
export type Skill = { trade: string; level: "learner" | "skilled" | "master"; name: string }

export type Employer = {
  id: string
  kind: "seller" | "business"
  seller_id: string | null
  name: string
  area: string
  about: string | null
  verified: boolean
  customer_id?: string | null
  verified_at?: string | null
  created_at?: string
}

export type Post = {
  id: string
  title: string
  description: string | null
  skills: Skill[]
  employment_type: EmploymentType
  wage_amount: number
  wage_period: "day" | "month"
  shifts: string[]
  area: string
  landmark: string | null
  address: string | null
  openings: number
  filled: number
  openings_left: number
  starts_on: string
  ends_on: string | null
  expires_at: string
  status: PostStatus
  created_at: string
  moderation_note: string | null
  moderated_at: string | null
  report_count: number
  employer?: Employer | null
}

export type ReportStatus = "open" | "dismissed" | "actioned"
export type ReportReason = "asks_for_money" | "fake_job" | "unsafe_work" | "wrong_wage" | "child_labour" | "other"

export type Report = {
  id: string
  post_id: string
  reason: ReportReason
  details: string | null
  status: ReportStatus
  resolution_note: string | null
  resolved_at: string | null
  created_at: string
  post?: { id: string; title: string; status: PostStatus; report_count: number } | null
}

export type ApplicationStatus = "applied" | "shortlisted" | "hired" | "rejected" | "withdrawn"
export type PostDetail = Post & { reports: Report[]; application_counts: Partial<Record<ApplicationStatus, number>> }

export type Karigar = {
  id: string
  name: string
  photo_url: string | null
  skills: Skill[]
  years_experience: number
  languages: string[]
  expected_wage: number | null
  wage_period: "day" | "month"
  area: string
  available_from: string | null
  available_tomorrow: boolean
  story: string | null
  status: "active" | "hidden"
  created_at: string
}

export type Reveal = {
  id: string
  application_id: string
  viewer_type: "employer" | "karigar"
  viewer_id: string
  viewer_name: string | null
  subject_type: "employer" | "karigar"
  subject_id: string
  subject_name: string | null
  post: { id: string; title: string } | null
  created_at: string
}

export type Page<K extends string, T> = { [key in K]: T[] } & { count: number }

export const POST_STATUSES: PostStatus[] = ["pending", "live", "rejected", "filled", "closed", "expired", "removed"]

export const POST_STATUS: Record<PostStatus, { label: string; color: Color }> = {
  pending: { label: "Waiting for review", color: "orange" },
  live: { label: "Live", color: "green" },
  rejected: { label: "Rejected", color: "red" },
  filled: { label: "Filled", color: "blue" },
  closed: { label: "Closed", color: "grey" },
  expired: { label: "Expired", color: "grey" },
  removed: { label: "Removed", color: "red" },
}

/** What the moderate route allows from each status (src/workflows/posts.ts MODERATION_FROM). */
export const CAN_MODERATE: Record<"live" | "rejected" | "removed", PostStatus[]> = {
  live: ["pending", "rejected"],
  rejected: ["pending"],
  removed: ["pending", "live", "filled", "closed", "expired", "rejected"],
}

export const EMPLOYMENT: Record<EmploymentType, string> = {
  daily: "Daily",
  short_term: "Short term",
  long_term: "Long term",
}

export const LEVEL: Record<Skill["level"], string> = {
  learner: "Learner",
  skilled: "Skilled",
  master: "Master (ustad)",
}

export const REPORT_STATUSES: ReportStatus[] = ["open", "dismissed", "actioned"]

export const REPORT_STATUS: Record<ReportStatus, { label: string; color: Color }> = {
  open: { label: "Open", color: "orange" },
  dismissed: { label: "Dismissed", color: "grey" },
  actioned: { label: "Actioned", color: "green" },
}

export const REPORT_REASON: Record<ReportReason, string> = {
  asks_for_money: "Asks workers for money",
  fake_job: "Fake job",
  unsafe_work: "Unsafe work",
  wrong_wage: "Wage not as posted",
  child_labour: "Child labour",
  other: "Other",
}

export const APPLICATION_STATUSES: ApplicationStatus[] = ["applied", "shortlisted", "hired", "rejected", "withdrawn"]
