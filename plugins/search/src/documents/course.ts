import type { SearchDocumentInput } from "../modules/search/types"
import { craftWords } from "./crafts"
import { graph, pageOfIds, type DocumentSource } from "./index"
import { PRICE_FIELDS, retailRanges, type PricedVariant } from "./product"

/** The fields of a Skill School course (and its product's prices) this builder reads. */
type CourseRow = {
  id: string
  handle: string | null
  title: string
  title_i18n: { hi?: string; mr?: string } | null
  summary: string | null
  description: string | null
  teacher_name: string | null
  languages: string[] | null
  level: string
  craft: string | null
  thumbnail: string | null
  status: string
  is_free: boolean
  product?: { variants?: PricedVariant[] | null } | null
  sessions?: ({ starts_at: string | Date; status: string; mode: string } | null)[] | null
}

/**
 * Published Skill School courses, priced from their Medusa product (free ones have none). Lesson
 * content is never indexed: only what the public catalogue shows.
 */
export const courseSource: DocumentSource = {
  type: "course",
  module: "skillSchool",
  page: (container, offset, limit) => pageOfIds(container, "course", offset, limit),
  async build(container, ids) {
    if (!ids.length) return []
    const courses = await graph<CourseRow>(container, {
      entity: "course",
      fields: [
        "id",
        "handle",
        "title",
        "title_i18n",
        "summary",
        "description",
        "teacher_name",
        "languages",
        "level",
        "craft",
        "thumbnail",
        "status",
        "is_free",
        ...PRICE_FIELDS.map((f) => `product.${f}`),
        "sessions.starts_at",
        "sessions.status",
        "sessions.mode",
      ],
      filters: { id: ids },
    })
    const now = Date.now()
    return courses
      .filter((c) => c.status === "published")
      .map((c): SearchDocumentInput => {
        const upcoming = (c.sessions ?? []).filter(
          (s) => s && s.status === "scheduled" && new Date(s.starts_at).getTime() > now
        )
        return {
          type: "course",
          ref_id: c.id,
          handle: c.handle,
          title: c.title,
          title_i18n: c.title_i18n ?? null,
          subtitle: c.teacher_name ?? null,
          body: [c.summary, c.description].filter(Boolean).join("\n") || null,
          keywords: [...craftWords(c.craft ? [c.craft] : []), c.level, ...(upcoming.length ? ["workshop"] : [])].filter(
            Boolean
          ),
          categories: [],
          category_labels: {},
          crafts: c.craft ? [c.craft] : [],
          area: null,
          languages: c.languages ?? [],
          prices: c.is_free ? {} : retailRanges(c.product?.variants ?? []),
          wholesale: false,
          thumbnail: c.thumbnail ?? null,
          data: {
            level: c.level,
            is_free: !!c.is_free,
            teacher_name: c.teacher_name,
            upcoming_workshops: upcoming.length,
          },
        }
      })
  },
}
