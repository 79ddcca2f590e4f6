import type { SearchDocumentInput } from "../modules/search/types"
import { craftWords } from "./crafts"
import { graph, pageOfIds, type DocumentSource } from "./index"

/** The public fields of a job post this builder reads (never the private address or contacts). */
type JobPostRow = {
  id: string
  employer_id: string
  title: string
  description: string | null
  trades: string[] | null
  employment_type: string
  wage_amount: number
  wage_period: string
  shifts: string[] | null
  area: string | null
  landmark: string | null
  openings: number
  filled: number
  status: string
  expires_at: string | Date
}
type EmployerRow = { id: string; name: string; verified: boolean }

/**
 * Live job posts only (not pending, filled, closed, expired or removed), and only what the public
 * board shows: never the private address, the employer's phone or email, or applicants.
 */
export const jobSource: DocumentSource = {
  type: "job",
  module: "jobs",
  page: (container, offset, limit) => pageOfIds(container, "job_post", offset, limit),
  async build(container, ids) {
    if (!ids.length) return []
    const posts = await graph<JobPostRow>(container, {
      entity: "job_post",
      fields: [
        "id",
        "employer_id",
        "title",
        "description",
        "trades",
        "employment_type",
        "wage_amount",
        "wage_period",
        "shifts",
        "area",
        "landmark",
        "openings",
        "filled",
        "status",
        "expires_at",
      ],
      filters: { id: ids },
    })
    const live = posts.filter((p) => p.status === "live" && new Date(p.expires_at).getTime() > Date.now())
    const employerIds = [...new Set(live.map((p) => p.employer_id))]
    const employers = employerIds.length
      ? await graph<EmployerRow>(container, {
          entity: "employer_profile",
          fields: ["id", "name", "verified"],
          filters: { id: employerIds },
        })
      : []
    const employerOf = new Map(employers.map((e) => [e.id, e]))
    return live.map((p): SearchDocumentInput => {
      const employer = employerOf.get(p.employer_id)
      return {
        type: "job",
        ref_id: p.id,
        handle: null,
        title: p.title,
        title_i18n: null,
        subtitle: employer?.name ?? null,
        body: p.description ?? null,
        keywords: [...craftWords(p.trades ?? []), p.landmark ?? "", p.employment_type.replace("_", " ")].filter(
          Boolean
        ),
        categories: [],
        category_labels: {},
        crafts: p.trades ?? [],
        area: p.area ?? null,
        languages: [],
        prices: {},
        wholesale: false,
        thumbnail: null,
        data: {
          wage_amount: p.wage_amount,
          /** Wages are whole rupees. */
          currency_code: "inr",
          wage_period: p.wage_period,
          employment_type: p.employment_type,
          trades: p.trades ?? [],
          shifts: p.shifts ?? [],
          openings_left: Math.max(0, p.openings - p.filled),
          employer_verified: !!employer?.verified,
        },
      }
    })
  },
}
