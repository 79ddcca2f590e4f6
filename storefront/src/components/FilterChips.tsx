import Link from "next/link"

export type FilterChip = { key: string; href: string; label: string; current: boolean; testId?: string }

/** A row of filter links (the "all" chip first); the chosen one is marked `aria-current`. */
export function FilterChips({ label, testId, chips }: { label: string; testId?: string; chips: FilterChip[] }) {
  return (
    <nav className="chips" aria-label={label} data-testid={testId}>
      <ul>
        {chips.map((c) => (
          <li key={c.key}>
            <Link href={c.href} className="chip" aria-current={c.current ? "true" : undefined} data-testid={c.testId}>
              {c.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
