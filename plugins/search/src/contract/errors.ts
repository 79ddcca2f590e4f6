/** Error codes the search plugin answers with (`{ type, code, message, details }`). */
export const SearchErrors = {
  /** 400: POST /admin/search/reindex named a type whose source plugin is not installed. */
  SEARCH_TYPE_NOT_INSTALLED: "search_type_not_installed",
} as const

export type SearchErrorCode = (typeof SearchErrors)[keyof typeof SearchErrors]

export type SearchErrorDetails = {
  search_type_not_installed: { types: string[] }
}
