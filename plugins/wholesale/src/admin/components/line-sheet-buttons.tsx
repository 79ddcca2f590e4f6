import { ArrowDownTray } from "@medusajs/icons"
import { Button, Select } from "@medusajs/ui"
import { useState } from "react"
import { attempt, download } from "../lib/api"

const LANGUAGES = [
  ["en", "Line sheet (English)"],
  ["hi", "Line sheet (हिन्दी)"],
] as const
const CURRENCIES = ["inr", "usd", "eur"] as const
type Lang = (typeof LANGUAGES)[number][0]

type Props = {
  /** The PDF route without its query, e.g. `/admin/line-sheets/collections/pcol_...`. */
  path: string
  /** A file name to use when the server names none. */
  name: string
  disabled?: boolean
}

/** A currency picker and one download button per language for a line-sheet PDF. */
export const LineSheetButtons = ({ path, name, disabled }: Props) => {
  const [currency, setCurrency] = useState<string>("inr")
  const [busy, setBusy] = useState<Lang | null>(null)

  const fetchSheet = async (lang: Lang) => {
    setBusy(lang)
    const params = new URLSearchParams({ lang, currency })
    await attempt(() => download(`${path}?${params}`, `${name}-line-sheet-${lang}.pdf`))
    setBusy(null)
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Select size="small" value={currency} onValueChange={setCurrency} disabled={disabled}>
        <Select.Trigger className="w-24" aria-label="Currency">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {CURRENCIES.map((c) => (
            <Select.Item key={c} value={c}>
              {c.toUpperCase()}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      {LANGUAGES.map(([lang, label]) => (
        <Button
          key={lang}
          size="small"
          variant="secondary"
          disabled={disabled || (busy !== null && busy !== lang)}
          isLoading={busy === lang}
          onClick={() => fetchSheet(lang)}
        >
          <ArrowDownTray />
          {label}
        </Button>
      ))}
    </div>
  )
}
