"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { revealContact, type RevealState } from "@/lib/actions/jobs"
import { SubmitButton } from "../SubmitButton"

type Labels = {
  show: string
  showing: string
  name: string
  phone: string
  email: string
  none: string
  errors: Record<NonNullable<RevealState["error"]>, string>
}

/**
 * "Show the contact": one tap asks the plugin (which checks both sides agreed, logs who saw it and, for
 * employers, counts it against the day's limit). The details come back into the page, never into a URL,
 * and only when asked: opening the page reveals nothing.
 */
export function ContactReveal({
  applicationId,
  scope,
  labels,
}: {
  applicationId: string
  scope: string
  labels: Labels
}) {
  const [state, action] = useActionState<RevealState, FormData>(revealContact, {})
  const tErrors = useTranslations("Errors")
  const locale = useLocale()
  const contact = state.contact
  if (contact) {
    return (
      <dl className="contact-card" data-testid="contact-card">
        <div>
          <dt>{labels.name}</dt>
          <dd data-testid="contact-name">{contact.name}</dd>
        </div>
        <div>
          <dt>{labels.phone}</dt>
          <dd>
            {contact.phone ? (
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`} className="text-link" data-testid="contact-phone">
                {contact.phone}
              </a>
            ) : (
              labels.none
            )}
          </dd>
        </div>
        <div>
          <dt>{labels.email}</dt>
          <dd>
            {contact.email ? (
              <a href={`mailto:${contact.email}`} className="text-link" data-testid="contact-email">
                {contact.email}
              </a>
            ) : (
              labels.none
            )}
          </dd>
        </div>
      </dl>
    )
  }
  return (
    <form action={action} className="contact-reveal">
      <input type="hidden" name="application_id" value={applicationId} />
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="locale" value={locale} />
      {state.error ? (
        <p
          className="notice notice-error"
          role="alert"
          data-testid="contact-error"
          data-error={state.failure ?? state.error}
        >
          {/* An outage or a busy record is said as such, not as "could not show the contact". */}
          {state.failure
            ? (state.failureText ?? tErrors(`failure.${state.failure}`, { minutes: 1 }))
            : labels.errors[state.error]}
        </p>
      ) : null}
      <SubmitButton className="button button-secondary" pendingLabel={labels.showing} data-testid="show-contact">
        {labels.show}
      </SubmitButton>
    </form>
  )
}
