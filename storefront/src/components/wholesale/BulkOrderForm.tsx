"use client"

import { useActionState, useEffect, useState, type ClipboardEvent } from "react"
import { bulkOrder, type BulkState } from "@/lib/actions/wholesale"
import { parsePastedLines, type BulkRow } from "@/lib/wholesale"
import { SubmitButton } from "../SubmitButton"
import { useTranslations } from "next-intl"

type Labels = {
  sku: string
  quantity: string
  /** With {n}. */
  skuLabel: string
  /** With {n}. */
  quantityLabel: string
  addRow: string
  removeRow: string
  pasteTitle: string
  pasteHint: string
  pasteLabel: string
  submit: string
  adding: string
  errors: Record<NonNullable<BulkState["error"]>, string>
  rowErrors: { sku: string; quantity: string; unknown: string; rule: string }
}

const fill = (template: string, n: number) => template.replace("{n}", String(n))
const blank = (): BulkRow => ({ sku: "", quantity: "" })

/**
 * The bulk order form: rows of SKU and quantity, "add a line", and pasting many lines at once (into a
 * SKU field, or the paste box). Posts to the `bulkOrder` action; its answer brings the rows back with
 * what to fix. Without JavaScript the same form works: "add a line" asks the server for one more row.
 */
export function BulkOrderForm({
  locale,
  labels,
  initialRows,
}: {
  locale: string
  labels: Labels
  initialRows: BulkRow[]
}) {
  const [state, action] = useActionState<BulkState, FormData>(bulkOrder, { rows: initialRows })
  const tErrors = useTranslations("Errors")
  const [rows, setRows] = useState<BulkRow[]>(state.rows.length ? state.rows : [blank(), blank(), blank()])
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  // The server's answer (errors, or rows after "add a line") replaces what is on screen.
  useEffect(() => setRows(state.rows.length ? state.rows : [blank(), blank(), blank()]), [state])

  const errorsAt = (index: number) => (state.rowErrors ?? []).filter((e) => e.index === index).map((e) => e.field)
  const update = (index: number, patch: Partial<BulkRow>) =>
    setRows((rs) => rs.map((r, i) => (i === index ? { ...r, ...patch } : r)))

  /** A block pasted into a SKU field (several lines, or "SKU<tab>qty") fills rows from that one on. */
  const onPaste = (index: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    const text = e.clipboardData.getData("text")
    if (!/[\n\t,;]/.test(text.trim())) return
    const pasted = parsePastedLines(text)
    if (!pasted.length) return
    e.preventDefault()
    setRows((rs) => {
      const next = [...rs]
      pasted.forEach((row, k) => {
        next[index + k] = row
      })
      return next.filter((r, i) => i < index + pasted.length || r.sku || r.quantity).concat(blank())
    })
  }

  return (
    <form action={action} className="bulk-form" data-testid="bulk-form" data-hydrated={hydrated ? "true" : "false"}>
      <input type="hidden" name="locale" value={locale} />
      {state.error ? (
        <div
          className="notice notice-error"
          role="alert"
          data-testid="bulk-error"
          data-error={state.failure ?? state.error}
        >
          {/* An outage, a throttle or a busy cart is said as such, not as "could not add the lines". */}
          <p>
            {state.failure
              ? (state.failureText ?? tErrors(`failure.${state.failure}`, { minutes: 1 }))
              : labels.errors[state.error]}
          </p>
          {state.messages?.length ? (
            <ul>
              {state.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="bulk-head" aria-hidden="true">
        <span>{labels.sku}</span>
        <span>{labels.quantity}</span>
        <span />
      </div>
      <ol className="bulk-rows">
        {rows.map((row, i) => {
          const errors = errorsAt(i)
          const skuBad = errors.includes("sku") || errors.includes("unknown") || errors.includes("rule")
          const qtyBad = errors.includes("quantity") || errors.includes("rule")
          return (
            <li key={i} className="bulk-row" data-testid="bulk-row" data-errors={errors.join(" ")}>
              <input
                name="sku"
                value={row.sku}
                onChange={(e) => update(i, { sku: e.target.value })}
                onPaste={onPaste(i)}
                aria-label={fill(labels.skuLabel, i + 1)}
                aria-invalid={skuBad || undefined}
                autoCapitalize="characters"
                autoComplete="off"
                spellCheck={false}
                maxLength={80}
                className={skuBad ? "input-error" : undefined}
                data-testid="bulk-sku"
              />
              <input
                name="quantity"
                value={row.quantity}
                onChange={(e) => update(i, { quantity: e.target.value })}
                aria-label={fill(labels.quantityLabel, i + 1)}
                aria-invalid={qtyBad || undefined}
                inputMode="numeric"
                autoComplete="off"
                maxLength={8}
                className={qtyBad ? "input-error" : undefined}
                data-testid="bulk-quantity"
              />
              {hydrated && rows.length > 1 ? (
                <button
                  type="button"
                  className="text-button"
                  aria-label={`${labels.removeRow} ${i + 1}`}
                  onClick={() => setRows((rs) => rs.filter((_, k) => k !== i))}
                >
                  ×
                </button>
              ) : (
                <span />
              )}
              {errors.length ? (
                <p className="field-message" data-testid="bulk-row-error">
                  {errors.map((e) => labels.rowErrors[e]).join(" ")}
                </p>
              ) : null}
            </li>
          )
        })}
      </ol>
      <button
        type={hydrated ? "button" : "submit"}
        name={hydrated ? undefined : "intent"}
        value={hydrated ? undefined : "add_row"}
        className="button button-secondary"
        onClick={hydrated ? () => setRows((rs) => [...rs, blank()]) : undefined}
        data-testid="bulk-add-row"
      >
        + {labels.addRow}
      </button>
      <details className="more bulk-paste">
        <summary>{labels.pasteTitle}</summary>
        <div className="field">
          <label htmlFor="bulk-paste">{labels.pasteLabel}</label>
          <textarea
            id="bulk-paste"
            name="paste"
            rows={6}
            aria-describedby="bulk-paste-hint"
            spellCheck={false}
            data-testid="bulk-paste"
          />
          <p className="hint" id="bulk-paste-hint">
            {labels.pasteHint}
          </p>
        </div>
      </details>
      <SubmitButton className="button button-large button-block" pendingLabel={labels.adding} data-testid="bulk-submit">
        {labels.submit}
      </SubmitButton>
    </form>
  )
}
