"use client"

import { useState } from "react"
import type { AppLocale } from "@/i18n/locales"
import { maxPledgeCost, type Pool } from "@/lib/commons"
import { formatMoney } from "@/lib/money"

type Labels = {
  quantity: string
  quantityHint: string
  flex: string
  flexHint: string
  maxCost: string
  maxCostHint: string
}
type Terms = Pick<Pool, "tiers" | "min_quantity" | "freight_cost" | "handling_cost" | "cost_split" | "currency_code">

/**
 * The pledge form's quantity and flex fields with the most the pledge could cost, worked out as the
 * commons plugin authorises it. Rendered on the server with the starting values (so it works without
 * JavaScript), and kept up to date as the numbers change.
 */
export function PledgeFields({
  locale,
  terms,
  room,
  initialQuantity,
  initialFlex,
  labels,
}: {
  locale: AppLocale
  terms: Terms
  room: number
  initialQuantity: string
  initialFlex: string
  labels: Labels
}) {
  const [quantity, setQuantity] = useState(initialQuantity)
  const [flex, setFlex] = useState(initialFlex)
  const q = Number(quantity)
  const f = flex.trim() === "" ? 0 : Number(flex)
  const valid = Number.isInteger(q) && q >= 1 && Number.isInteger(f) && f >= 0
  const cost = valid ? maxPledgeCost(q, f, terms) : null
  return (
    <>
      <div className="field">
        <label htmlFor="pledge-quantity">{labels.quantity}</label>
        <input
          id="pledge-quantity"
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={room}
          step={1}
          required
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          aria-describedby="pledge-quantity-hint"
          data-testid="pledge-quantity"
        />
        <p className="hint" id="pledge-quantity-hint">
          {labels.quantityHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor="pledge-flex">{labels.flex}</label>
        <input
          id="pledge-flex"
          name="flex_quantity"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={flex}
          onChange={(e) => setFlex(e.target.value)}
          aria-describedby="pledge-flex-hint"
          data-testid="pledge-flex"
        />
        <p className="hint" id="pledge-flex-hint">
          {labels.flexHint}
        </p>
      </div>
      <p className="pledge-max" aria-live="polite">
        {labels.maxCost}:{" "}
        <strong data-testid="pledge-max-cost" data-amount={cost ?? ""}>
          {cost === null ? "—" : formatMoney(cost, terms.currency_code, locale)}
        </strong>
      </p>
      <p className="hint">{labels.maxCostHint}</p>
    </>
  )
}
