/**
 * Request and response types of the jobs routes (store, vendor and admin). Dates are ISO strings
 * on the wire. Public views never carry a phone, an email, a customer id or a private address.
 */

export type WagePeriod = "day" | "month"
export type EmploymentType = "daily" | "short_term" | "long_term"
export type SkillLevel = "learner" | "skilled" | "master"
export type ApplicationStatus = "applied" | "shortlisted" | "rejected" | "hired" | "withdrawn"
export type PostStatus = "pending" | "live" | "rejected" | "filled" | "closed" | "expired" | "removed"
export type ReportReason = "asks_for_money" | "fake_job" | "unsafe_work" | "wrong_wage" | "child_labour" | "other"
export type ReportStatus = "open" | "dismissed" | "actioned"
export type Shift = "morning" | "day" | "evening" | "night" | "flexible"
type Iso = string

/** A skill as stored and sent: a trade code from /store/jobs/trades and a level. */
export type Skill = { trade: string; level: string }
export type NamedSkill = Skill & { name: string }

/** How well a karigar and a post fit, out of 100 (see the README's Matching). */
export type MatchScore = {
  score: number
  skills: number
  area: number
  availability: number
  wage: number
  /** The post's trades the karigar has (any level). */
  matched_trades: string[]
}

type Page = { count: number; offset: number; limit: number }

// ---------- views ----------

export type StoreKarigar = {
  id: string
  name: string
  photo_url: string | null
  skills: NamedSkill[]
  years_experience: number
  languages: string[]
  expected_wage: number | null
  wage_period: WagePeriod
  area: string
  available_from: Iso | null
  available_tomorrow: boolean
  portfolio_urls: string[]
  story: string | null
}

/** The karigar's own profile: their contact included. */
export type StoreOwnKarigar = StoreKarigar & {
  phone: string | null
  email: string | null
  status: "active" | "hidden"
  created_at: Iso | Date
  updated_at: Iso | Date
}

export type StoreEmployer = {
  id: string
  kind: "seller" | "business"
  seller_id: string | null
  name: string
  area: string
  about: string | null
  verified: boolean
}
export type StoreOwnEmployer = StoreEmployer & {
  phone: string | null
  email: string | null
  verified_at: Iso | Date | null
  created_at: Iso | Date
}

export type StoreJobPost = {
  id: string
  title: string
  description: string | null
  skills: NamedSkill[]
  employment_type: EmploymentType
  /** Whole rupees per `wage_period`. */
  wage_amount: number
  wage_period: WagePeriod
  currency_code: "inr"
  shifts: string[]
  area: string
  landmark: string | null
  openings: number
  filled: number
  openings_left: number
  starts_on: Iso | null
  ends_on: Iso | null
  expires_at: Iso | null
  status: PostStatus
  created_at: Iso | Date
  employer?: StoreEmployer | null
}

/** The employer's (and the admin's) view of a post: the private address and moderation too. */
export type EmployerJobPost = StoreJobPost & {
  address: string | null
  moderation_note: string | null
  moderated_at: Iso | Date | null
  report_count: number
}

/** What a karigar sees of a post they applied to: a removed post is hidden; the address once hired. */
export type KarigarPostView =
  (StoreJobPost & { address?: string | null }) | { id: string; status: "removed"; title: null }

export type JobApplication = {
  id: string
  post_id: string
  karigar_id: string
  status: ApplicationStatus
  note: string | null
  contact_shared: boolean
  /** Both sides agreed and the employer shortlisted: the contact routes answer. */
  contact_available: boolean
  shortlisted_at: Iso | Date | null
  decided_at: Iso | Date | null
  created_at: Iso | Date
}

export type Contact = { name: string; phone: string | null; email: string | null }

export type Trade = { code: string; group: string; names: { en: string; hi: string; mr: string } }
export type TradeLevel = { code: SkillLevel; names: { en: string; hi: string; mr: string } }

// ---------- store: anyone ----------

export type StoreTradesResponse = { trades: Trade[]; levels: TradeLevel[] }
export type StoreJobBoardQuery = {
  skill?: string | string[]
  area?: string
  type?: EmploymentType
  wage_min?: number
  wage_max?: number
  q?: string
  limit?: number
  offset?: number
}
export type StoreJobBoardResponse = { posts: StoreJobPost[] } & Page
export type StoreJobPostResponse = {
  post: StoreJobPost
  /** Present for a logged-in karigar. */
  for_me?: { match: MatchScore | null; application: { id: string; status: ApplicationStatus } | null }
}
export type StoreKarigarResponse = { karigar: StoreKarigar }

// ---------- store: karigars ----------

export type StoreKarigarProfileBody = {
  name?: string
  photo_url?: string | null
  skills?: Skill[]
  years_experience?: number
  languages?: string[]
  expected_wage?: number | null
  wage_period?: WagePeriod
  area?: string
  available_from?: string | null
  available_tomorrow?: boolean
  portfolio_urls?: string[]
  story?: string | null
  phone?: string | null
  email?: string | null
}
export type StoreOwnKarigarResponse = { karigar: StoreOwnKarigar | null }
export type StoreKarigarPhotosResponse = { photos: { id: string; url: string }[] }
export type StoreApplyBody = { note?: string | null }
export type StoreReportBody = { reason: ReportReason; details?: string | null }
export type StoreReportResponse = {
  report: { id: string; post_id: string; reason: ReportReason; status: ReportStatus }
}
export type StoreShareContactBody = { share?: boolean }
export type StoreApplicationResponse = { application: JobApplication }
export type StoreKarigarApplication = JobApplication & { post: KarigarPostView | null }
export type StoreKarigarApplicationsResponse = { applications: StoreKarigarApplication[] } & Page
export type StoreKarigarApplicationResponse = { application: JobApplication & { post: KarigarPostView } }
export type StoreMatchesResponse = { matches: { post: StoreJobPost; match: MatchScore; applied: boolean }[] } & Page
export type StoreKarigarContactResponse = { contact: Contact; reveal: { id: string } }

// ---------- employers: /store/jobs/employer/... and /vendors/sellers/:seller_id/jobs/... ----------

export type EmployerProfileBody = {
  name?: string
  area?: string
  about?: string | null
  phone?: string | null
  email?: string | null
}
export type EmployerProfileResponse = { employer: StoreOwnEmployer | null }
export type EmployerJobPostBody = {
  title: string
  description?: string | null
  skills: Skill[]
  employment_type: EmploymentType
  wage_amount: number
  wage_period: WagePeriod
  shifts?: Shift[]
  area: string
  landmark?: string | null
  address?: string | null
  openings: number
  starts_on: string
  ends_on?: string | null
  expires_at?: string | null
}
export type EmployerJobPostResponse = { post: EmployerJobPost }
export type EmployerJobPostDetailResponse = {
  post: EmployerJobPost & { application_counts: Partial<Record<ApplicationStatus, number>> }
}
export type EmployerJobPostsResponse = { posts: EmployerJobPost[] } & Page
export type EmployerApplicant = JobApplication & { karigar: StoreKarigar | null; match: MatchScore | null }
export type EmployerApplicantsResponse = { applications: EmployerApplicant[] } & Page
export type EmployerMatchesResponse = {
  matches: { karigar: StoreKarigar; match: MatchScore; applied: boolean }[]
} & Page
export type EmployerApplicationResponse = {
  application: JobApplication & { karigar: StoreKarigar; post: { id: string; title: string; status: PostStatus } }
}
export type EmployerDecisionResponse = { application: JobApplication }
export type EmployerHireResponse = {
  application: JobApplication
  post: { id: string; filled: number; openings: number; status: PostStatus }
}
export type EmployerContactResponse = {
  contact: Contact
  reveal: { id: string; used_today: number; limit_per_day: number | null }
}

// ---------- admin ----------

export type AdminJobPostsResponse = { posts: EmployerJobPost[] } & Page
export type AdminJobReport = {
  id: string
  post_id: string
  reporter_id: string
  reason: ReportReason
  details: string | null
  status: ReportStatus
  resolution_note: string | null
  resolved_at: Iso | Date | null
  created_at: Iso | Date
}
export type AdminJobPostResponse = {
  post: EmployerJobPost & { reports: AdminJobReport[]; application_counts: Partial<Record<ApplicationStatus, number>> }
}
export type AdminModerateBody = { status: "live" | "rejected" | "removed"; note?: string | null }
export type AdminJobPostModeratedResponse = { post: EmployerJobPost }
export type AdminJobReportsResponse = {
  reports: (AdminJobReport & {
    post: { id: string; title: string; status: PostStatus; employer_id: string; report_count: number } | null
  })[]
} & Page
export type AdminResolveReportBody = { status: "dismissed" | "actioned"; note?: string | null; remove_post?: boolean }
export type AdminResolveReportResponse = { report: AdminJobReport; post: { id: string; status: PostStatus } }
/** The customer account behind a profile (module link karigar_profile/employer_profile → customer). */
export type AdminCustomerAccount = {
  id: string
  first_name: string | null
  last_name: string | null
  company_name: string | null
  has_account: boolean
}
export type AdminKarigar = StoreKarigar & {
  status: "active" | "hidden"
  customer_id: string
  created_at: Iso | Date
  customer?: AdminCustomerAccount | null
}
export type AdminKarigarsResponse = { karigars: AdminKarigar[] } & Page
export type AdminKarigarResponse = { karigar: AdminKarigar }
export type AdminKarigarStatusBody = { status: "active" | "hidden" }
/** The seller behind a seller employer (module link employer_profile → seller), when the marketplace is installed. */
export type AdminEmployerSeller = { id: string; name: string; handle: string; status: string }
export type AdminEmployer = StoreEmployer & {
  customer_id: string | null
  verified_at: Iso | Date | null
  created_at: Iso | Date
  customer?: AdminCustomerAccount | null
  seller?: AdminEmployerSeller | null
}
export type AdminEmployersResponse = { employers: AdminEmployer[] } & Page
export type AdminVerifyEmployerBody = { verified: boolean }
export type AdminVerifyEmployerResponse = { employer: StoreEmployer & { verified_at: Iso | Date | null } }
export type AdminContactReveal = {
  id: string
  application_id: string
  viewer_type: "employer" | "karigar"
  viewer_id: string
  actor_id: string
  subject_type: "employer" | "karigar"
  subject_id: string
  created_at: Iso | Date
  viewer_name: string | null
  subject_name: string | null
  post: { id: string; title: string } | null
}
export type AdminRevealsResponse = { reveals: AdminContactReveal[] } & Page
