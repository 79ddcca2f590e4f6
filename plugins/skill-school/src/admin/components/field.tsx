import { Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export const Field = ({
  id,
  label,
  hint,
  children,
}: {
  id?: string
  label: string
  hint?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

export const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

/** An explanation where a list is empty, with what to do next. */
export const Empty = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="px-6 py-6 text-ui-fg-subtle">
    {children}
  </Text>
)
