import type { ReactNode } from "react"

type Props = {
  id: string
  label: string
  hint?: string | null
  /** The message when the server sent this field back to fix. */
  error?: string | null
  children: ReactNode
}

/** A labelled form field with its hint and, when refused, the message (the input sets its own aria). */
export function JobField({ id, label, hint, error, children }: Props) {
  return (
    <div className={`field${error ? " field-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-message" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** The aria attributes of an input inside `<JobField>`. */
export function fieldAria(id: string, hint: boolean, error: boolean) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")
  return { "aria-invalid": error || undefined, "aria-describedby": describedBy || undefined }
}
