import type { SearchDocumentInput } from "../modules/search/types"
import { craftWords } from "./crafts"
import { graph, pageOfIds, type DocumentSource } from "./index"
import { PRICE_FIELDS, retailRanges } from "./product"

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
    const courses = await graph(container, {
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
        const upcoming = (c.sessions ?? []).filter((s: any) => s && s.status === "scheduled" && new Date(s.starts_at).getTime() > now)
        return {
          type: "course",
          ref_id: c.id,
          handle: c.handle,
          title: c.title,
          title_i18n: c.title_i18n ?? null,
          subtitle: c.teacher_name ?? null,
          body: [c.summary, c.description].filter(Boolean).join("\n") || null,
          keywords: [...craftWords([c.craft]), c.level, ...(upcoming.length ? ["workshop"] : [])].filter(Boolean),
          categories: [],
          category_labels: {},
          crafts: c.craft ? [c.craft] : [],
          area: null,
          languages: c.languages ?? [],
          prices: c.is_free ? {} : retailRanges(c.product?.variants ?? []),
          wholesale: false,
          thumbnail: c.thumbnail ?? null,
          data: { level: c.level, is_free: !!c.is_free, teacher_name: c.teacher_name, upcoming_workshops: upcoming.length },
        }
      })
  },
}
