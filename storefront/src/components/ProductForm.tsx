"use client"

import { useEffect, useMemo, useState } from "react"
import { addToCart } from "@/lib/actions/cart"
import { findVariant, isValueAvailable, LOW_STOCK_THRESHOLD, type Selection, type StockState } from "@/lib/variants"
import { SubmitButton } from "./SubmitButton"

export type PickerVariant = {
  id: string
  selection: Selection
  price: string | null
  stock: StockState
  stockLabel: string
}
/** `fixed`: a single-value option with nothing to choose (a product's "Default" option); sent, not shown. */
export type PickerOption = { id: string; label: string; legend: string; values: string[]; fixed?: boolean }

type Props = {
  locale: string
  productId: string
  handle: string
  options: PickerOption[]
  variants: PickerVariant[]
  initial: Selection
  labels: { addToCart: string; adding: string; quantity: string; unavailable: string; noPrice: string }
}

/**
 * Option pickers, live price and stock, and the add-to-cart form. The radios are
 * real form fields, so without JavaScript the server action still gets the choice.
 */
export function ProductForm({ locale, productId, handle, options, variants, initial, labels }: Props) {
  const [selection, setSelection] = useState<Selection>(initial)
  // Marks the form as interactive (tests wait for it; styling could too).
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  // The picker variants in the shape the shared helpers expect (sold out = quantity 0).
  const shaped = useMemo(
    () =>
      variants.map((v) => ({
        id: v.id,
        options: Object.entries(v.selection).map(([option_id, value]) => ({ option_id, value })),
        manage_inventory: true,
        inventory_quantity: v.stock === "out_of_stock" ? 0 : LOW_STOCK_THRESHOLD + 1,
      })),
    [variants],
  )
  const match = findVariant(shaped, selection)
  const current = match ? variants.find((v) => v.id === match.id) : undefined
  const buyable = Boolean(current && current.stock !== "out_of_stock" && current.price)

  return (
    <form action={addToCart} className="product-form" data-testid="product-form" data-hydrated={hydrated ? "true" : "false"}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="handle" value={handle} />

      <p className="price" data-testid="product-price" aria-live="polite">
        {current?.price ?? labels.noPrice}
      </p>
      <p className={`stock stock-${current?.stock ?? "out_of_stock"}`} data-testid="stock-state" aria-live="polite">
        {current ? current.stockLabel : labels.unavailable}
      </p>

      {options.map((option) =>
        option.fixed ? (
          <input key={option.id} type="hidden" name={`option:${option.id}`} value={option.values[0] ?? ""} />
        ) : (
          <fieldset key={option.id} className="option-group" data-testid="option-group">
            <legend>{option.legend}</legend>
            <div className="option-values">
              {option.values.map((value) => {
                const inputId = `opt-${option.id}-${value}`.replace(/[^a-zA-Z0-9_-]/g, "_")
                const soldOut = !isValueAvailable(shaped, selection, option.id, value)
                return (
                  <span key={value} className="option-value">
                    <input
                      type="radio"
                      id={inputId}
                      name={`option:${option.id}`}
                      value={value}
                      checked={selection[option.id] === value}
                      onChange={() => setSelection((s) => ({ ...s, [option.id]: value }))}
                      data-testid="option-value"
                    />
                    <label htmlFor={inputId} className={soldOut ? "sold-out" : undefined}>
                      {value}
                    </label>
                  </span>
                )
              })}
            </div>
          </fieldset>
        ),
      )}

      <div className="buy-row">
        <label className="quantity-field">
          <span>{labels.quantity}</span>
          <select name="quantity" defaultValue="1" data-testid="quantity-select">
            {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <SubmitButton className="button button-large" pendingLabel={labels.adding} disabled={!buyable} data-testid="add-to-cart">
          {labels.addToCart}
        </SubmitButton>
      </div>
    </form>
  )
}
