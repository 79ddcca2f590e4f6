import { SELLER_MODULE_KEY } from "@dharavi/seller-access"
import type { SearchDocumentInput } from "../modules/search/types"
import { craftWords } from "./crafts"
import { allLanguages, graph, pageOfIds, type DocumentSource } from "./index"

/** The public maker-profile fields this builder reads (never contact or payout details). */
type SellerRow = {
  id: string
  handle: string
  name: string
  kind: string
  crafts: string[] | null
  area: string | null
  story: Record<string, string> | null
  photo_url: string | null
  status: string
  verification_status: string
}

/** Active makers' public profiles: name, crafts, area, story. Contact and payout details never. */
export const makerSource: DocumentSource = {
  type: "maker",
  module: SELLER_MODULE_KEY,
  page: (container, offset, limit) => pageOfIds(container, "seller", offset, limit),
  async build(container, ids) {
    if (!ids.length) return []
    const sellers = await graph<SellerRow>(container, {
      entity: "seller",
      fields: ["id", "handle", "name", "kind", "crafts", "area", "story", "photo_url", "status", "verification_status"],
      filters: { id: ids },
    })
    return sellers
      .filter((s) => s.status === "active")
      .map((s): SearchDocumentInput => ({
        type: "maker",
        ref_id: s.id,
        handle: s.handle,
        title: s.name,
        title_i18n: null,
        subtitle: s.area ?? null,
        body: allLanguages(s.story),
        keywords: craftWords(s.crafts ?? []),
        categories: [],
        category_labels: {},
        crafts: s.crafts ?? [],
        area: s.area ?? null,
        languages: [],
        prices: {},
        wholesale: false,
        thumbnail: s.photo_url ?? null,
        data: { kind: s.kind, verified: s.verification_status === "verified" },
      }))
  },
}
