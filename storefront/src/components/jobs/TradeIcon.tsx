import type { ReactNode } from "react"
import { tradeIcon, type TradeIcon as IconKey } from "@/lib/jobs"

/** One small line drawing per kind of work; a few hundred bytes each, drawn inline (no image requests). */
const PATHS: Record<IconKey, ReactNode> = {
  scissors: (
    <>
      <circle cx="6" cy="6" r="2.6" />
      <circle cx="6" cy="18" r="2.6" />
      <path d="M8.2 7.4 20 17M8.2 16.6 20 7M12.5 12h.01" />
    </>
  ),
  needle: (
    <>
      <path d="M19 5 6 18l-1.5 1.5" />
      <path d="M17 4.5a1.8 1.8 0 1 1 2.5 2.5" />
      <path d="M14 9c-4-3-9-1-9 3s5 4 7 2" />
    </>
  ),
  dye: (
    <>
      <path d="M12 3s6 6.6 6 11a6 6 0 0 1-12 0c0-4.4 6-11 6-11Z" />
      <path d="M9 14.5a3 3 0 0 0 3 3" />
    </>
  ),
  shoe: (
    <>
      <path d="M3 16V9l4 1 3 3 4 1 5 1.2A2 2 0 0 1 21 17v1H3v-2Z" />
      <path d="M3 18h18M10 13l1.5-1.5M12.5 14l1.5-1.5" />
    </>
  ),
  bag: (
    <>
      <rect x="4" y="8" width="16" height="12" rx="2" />
      <path d="M8.5 8V6.5a3.5 3.5 0 0 1 7 0V8M4 13h16" />
    </>
  ),
  shirt: <path d="M8 3 3 6l2 4 2-1v12h10V9l2 1 2-4-5-3a4 4 0 0 1-8 0Z" />,
  machine: (
    <>
      <path d="M4 20h16M6 20v-3h12v3M6 17V7a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v3h-6v7" />
      <path d="M16 10v3" />
    </>
  ),
  pot: (
    <>
      <path d="M8 4h8M9 4c0 2-4 3.5-4 8a7 7 0 0 0 14 0c0-4.5-4-6-4-8" />
      <path d="M6 12h12" />
    </>
  ),
  flame: <path d="M12 3c1 3.5 5 5.5 5 10a5 5 0 0 1-10 0c0-2.5 1.5-3.8 2.5-5 .3 1.7 1 2.6 2 3 0-2.8-.5-5.4.5-8Z" />,
  print: (
    <>
      <rect x="4" y="13" width="16" height="5" rx="1" />
      <path d="M9 13V9h6v4M10 9V5h4v4M6 21h12" />
    </>
  ),
  recycle: (
    <>
      <path d="M7 19H4.5a1.5 1.5 0 0 1-1.3-2.2L5.5 13M9 5.5l1.7-2.7a1.5 1.5 0 0 1 2.6 0L15.5 6.5M20 13l1.3 2.2A1.5 1.5 0 0 1 20 17.5H11" />
      <path d="m13 15.5-2 2 2 2M3.7 10.5l1.8 2.5 2.8-1M14 4.5l1.5 2-2.6 1.4" />
    </>
  ),
  box: (
    <>
      <path d="m12 3 8 4v10l-8 4-8-4V7l8-4Z" />
      <path d="m4 7 8 4 8-4M12 11v10M8 5l8 4" />
    </>
  ),
  check: (
    <>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m8.5 11 1.8 1.8 3.4-3.6M16 16l4.5 4.5" />
    </>
  ),
  tools: (
    <>
      <path d="M14.5 6.5a4 4 0 0 0 5 5l-9 9a2.1 2.1 0 0 1-3-3l9-9a4 4 0 0 1-2-2Z" />
      <path d="M4 4l5 5M3 7l3-3" />
    </>
  ),
}

type Props = { trade?: string | null; group?: string | null; size?: number; className?: string }

/** The icon of a trade (decorative: the trade's name is always written beside it). */
export function TradeIcon({ trade, group, size = 28, className = "trade-icon" }: Props) {
  const key = tradeIcon(trade, group)
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      data-icon={key}
    >
      {PATHS[key]}
    </svg>
  )
}
