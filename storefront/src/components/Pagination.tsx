import Link from "next/link"
import { withQuery } from "@/lib/actions/helpers"

type Props = {
  basePath: string
  page: number
  totalPages: number
  labels: { nav: string; previous: string; next: string; pageOf: string }
}

export function Pagination({ basePath, page, totalPages, labels }: Props) {
  if (totalPages <= 1) return null
  // basePath may carry its own query (the maker directory's search and craft).
  const href = (p: number) => (p <= 1 ? basePath : withQuery(basePath, { page: String(p) }))
  return (
    <nav className="pagination" aria-label={labels.nav}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="button button-secondary" data-testid="page-prev">
          ← {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{labels.pageOf}</span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className="button button-secondary" data-testid="page-next">
          {labels.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
