export const PAGE_SIZE = 12

/** A 1-based page number from a search param; anything odd becomes 1. */
export function parsePage(value: unknown): number {
  const raw = Array.isArray(value) ? value[0] : value
  const n = typeof raw === "string" ? Number.parseInt(raw, 10) : Number.NaN
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 10_000) : 1
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / pageSize))
}

export function pageOffset(page: number, pageSize = PAGE_SIZE): number {
  return (Math.max(1, page) - 1) * pageSize
}
