"use client"

import type { ReactNode } from "react"
import { useRouter } from "next/navigation"
import { useTransition } from "react"
import { useTranslations } from "next-intl"
import type { FailureKind } from "@/lib/failures"

type Props = {
  /** What went wrong (kindOf the loader's error). */
  kind: FailureKind
  /** The page's own sentence: "Your bookings could not be loaded." */
  children: ReactNode
  className?: string
  "data-testid"?: string
}

/**
 * A part of a page that could not be loaded while the rest did: the page's own sentence, why (we can't
 * reach the workshop, not allowed, wait, …) and "Try again", which asks the server for the page again
 * (router.refresh) without leaving it. The only JavaScript is the button.
 */
export function LoadFailure({ kind, children, className = "notice notice-error", ...rest }: Props) {
  const t = useTranslations("Errors")
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  return (
    <div className={className} role="alert" data-kind={kind} data-testid={rest["data-testid"] ?? "load-failure"}>
      <span>
        {children} {t(`partial.${kind}`)}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        aria-busy={pending || undefined}
        data-testid="load-retry"
        onClick={() => startTransition(() => router.refresh())}
      >
        {t("retry")}
      </button>
    </div>
  )
}
