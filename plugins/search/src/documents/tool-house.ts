import type { SearchDocumentInput } from "../modules/search/types"
import { allLanguages, graph, pageOfIds, type DocumentSource } from "./index"

/** The fields of a makerspace tool-house and its units this builder reads. */
type ToolHouseRow = {
  id: string
  handle: string | null
  name: string
  area: string | null
  address_landmark: string | null
  description: unknown
  photos: string[] | null
  status: string
  units?: ({ name: string; kind: string; active: boolean } | null)[] | null
}
type Unit = { name: string; kind: string; active: boolean }

const KIND_WORDS: Record<string, string[]> = {
  bench: ["bench", "workbench", "बेंच", "मेज़"],
  machine: ["machine", "मशीन", "यंत्र"],
  storage_bay: ["storage", "godown", "गोदाम", "भंडारण", "साठवण"],
}

/** Active makerspace tool-houses with their active units' names (benches, machines, bays). */
export const toolHouseSource: DocumentSource = {
  type: "tool_house",
  module: "makerspace",
  page: (container, offset, limit) => pageOfIds(container, "tool_house", offset, limit),
  async build(container, ids) {
    if (!ids.length) return []
    const houses = await graph<ToolHouseRow>(container, {
      entity: "tool_house",
      fields: [
        "id",
        "handle",
        "name",
        "area",
        "address_landmark",
        "description",
        "photos",
        "status",
        "units.name",
        "units.kind",
        "units.active",
      ],
      filters: { id: ids },
    })
    return houses
      .filter((h) => h.status === "active")
      .map((h): SearchDocumentInput => {
        const units = (h.units ?? []).filter((u): u is Unit => Boolean(u?.active))
        const kinds = [...new Set(units.map((u) => u.kind))]
        return {
          type: "tool_house",
          ref_id: h.id,
          handle: h.handle,
          title: h.name,
          title_i18n: null,
          subtitle: h.area ?? null,
          body: allLanguages(h.description),
          keywords: [
            ...units.map((u) => u.name),
            ...kinds.flatMap((k) => KIND_WORDS[k] ?? [k]),
            h.address_landmark ?? "",
            "makerspace",
            "tool house",
          ].filter(Boolean),
          categories: [],
          category_labels: {},
          crafts: [],
          area: h.area ?? null,
          languages: [],
          prices: {},
          wholesale: false,
          thumbnail: h.photos?.[0] ?? null,
          data: { units: units.length, unit_kinds: kinds },
        }
      })
  },
}
