import Link from "next/link"
import { SubmitButton } from "@/components/SubmitButton"
import type { AppLocale } from "@/i18n/routing"

export type AuthLabels = {
  title: string
  intro: string
  email: string
  password: string
  passwordHint?: string
  firstName?: string
  lastName?: string
  submit: string
  switchText: string
  error?: string | null
  working: string
}

type Props = {
  locale: AppLocale
  mode: "login" | "register"
  action: (form: FormData) => Promise<void>
  labels: AuthLabels
  returnTo?: string
  minPassword: number
}

/** The sign-in and registration forms share layout; both post to server actions. */
export function AuthForm({ locale, mode, action, labels, returnTo, minPassword }: Props) {
  const other = mode === "login" ? "register" : "login"
  const otherHref = `/${locale}/account/${other}${returnTo ? `?return_to=${encodeURIComponent(returnTo)}` : ""}`
  return (
    <div className="container section narrow">
      <div className="card auth-card">
        <h1>{labels.title}</h1>
        <p className="muted">{labels.intro}</p>
        {labels.error ? (
          <p className="notice notice-error" role="alert" data-testid="auth-error">
            {labels.error}
          </p>
        ) : null}
        <form action={action} className="form-stack" data-testid={`${mode}-form`}>
          <input type="hidden" name="locale" value={locale} />
          {returnTo ? <input type="hidden" name="return_to" value={returnTo} /> : null}
          {mode === "register" ? (
            <div className="form-row">
              <div className="field">
                <label htmlFor="a-first">{labels.firstName}</label>
                <input
                  id="a-first"
                  name="first_name"
                  required
                  autoComplete="given-name"
                  data-testid="field-first_name"
                />
              </div>
              <div className="field">
                <label htmlFor="a-last">{labels.lastName}</label>
                <input id="a-last" name="last_name" required autoComplete="family-name" data-testid="field-last_name" />
              </div>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="a-email">{labels.email}</label>
            <input id="a-email" name="email" type="email" required autoComplete="email" data-testid="field-email" />
          </div>
          <div className="field">
            <label htmlFor="a-password">{labels.password}</label>
            <input
              id="a-password"
              name="password"
              type="password"
              required
              minLength={mode === "register" ? minPassword : undefined}
              autoComplete={mode === "register" ? "new-password" : "current-password"}
              aria-describedby={labels.passwordHint ? "a-password-hint" : undefined}
              data-testid="field-password"
            />
            {labels.passwordHint ? (
              <p className="hint" id="a-password-hint">
                {labels.passwordHint}
              </p>
            ) : null}
          </div>
          <SubmitButton
            className="button button-large button-block"
            pendingLabel={labels.working}
            data-testid={`${mode}-submit`}
          >
            {labels.submit}
          </SubmitButton>
        </form>
        <p>
          <Link href={otherHref} className="text-link" data-testid={`go-${other}`}>
            {labels.switchText}
          </Link>
        </p>
      </div>
    </div>
  )
}
