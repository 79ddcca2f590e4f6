import { Text } from "@medusajs/ui"
import { Link, useLocation } from "react-router-dom"

const SECTIONS = [
  { to: "/jobs", label: "Moderation queue" },
  { to: "/jobs/posts", label: "All posts" },
  { to: "/jobs/reports", label: "Reports" },
  { to: "/jobs/karigars", label: "Karigars" },
  { to: "/jobs/employers", label: "Employers" },
  { to: "/jobs/reveals", label: "Contact reveals" },
]

/** The Jobs+ sections, shown above each of its pages. */
export const JobsNav = () => {
  const { pathname } = useLocation()
  const active = [...SECTIONS].reverse().find((s) => pathname === s.to || pathname.startsWith(`${s.to}/`))?.to
  return (
    <nav aria-label="Jobs+" className="flex flex-wrap gap-x-4 gap-y-1 px-6 py-3">
      {SECTIONS.map((s) =>
        s.to === active ? (
          <Text key={s.to} size="small" weight="plus" aria-current="page">
            {s.label}
          </Text>
        ) : (
          <Link key={s.to} to={s.to} className="text-ui-fg-interactive txt-compact-small">
            {s.label}
          </Link>
        )
      )}
    </nav>
  )
}
