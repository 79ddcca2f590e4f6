"use client"

import { useRouter } from "next/navigation"
import { useTransition } from "react"
import { useTranslations } from "next-intl"
import { kindFromDigest, minutesToWait } from "@/lib/failures"

/**
 * A page whose data could not be loaded. A BackendError names its kind in its digest (the only part
 * of a server error that reaches the browser in production): "we can't reach the workshop" for a
 * backend that is down or slow, "not allowed", "not accepted", "wait N minutes"; anything else gets
 * the general message. "Try again" asks the server for the page again (router.refresh) and then
 * re-renders the boundary (reset), so a backend that came back shows the page.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Errors")
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const failure = kindFromDigest(error.digest)
  const minutes = minutesToWait(failure?.retryAfter)
  const kind = failure && failure.kind !== "not_found" ? failure.kind : null
  const title = kind ? t(`page.${kind}.title`) : t("title")
  const body = kind ? t(`page.${kind}.body`, { minutes }) : t("body")
  return (
    <div className="container section narrow">
      <div className="empty-state" role="alert" data-testid="error-state" data-kind={kind ?? "unknown"}>
        <h1>{title}</h1>
        <p>{body}</p>
        <button
          type="button"
          className="button"
          disabled={pending}
          aria-busy={pending}
          data-testid="error-retry"
          onClick={() =>
            startTransition(() => {
              router.refresh()
              reset()
            })
          }
        >
          {t("retry")}
        </button>
      </div>
    </div>
  )
}
