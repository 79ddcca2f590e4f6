"use client"

import type { ReactNode } from "react"
import { useFormStatus } from "react-dom"

type Props = {
  children: ReactNode
  pendingLabel?: string
  className?: string
  disabled?: boolean
  name?: string
  value?: string
  "aria-label"?: string
  "data-testid"?: string
}

/** A submit button that disables itself and says so while its form's server action runs. */
export function SubmitButton({ children, pendingLabel, className = "button", disabled, ...rest }: Props) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      className={className}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}
