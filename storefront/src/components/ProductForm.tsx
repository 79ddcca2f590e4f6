"use client"

import Link from "next/link"
import { useEffect, useMemo, useState } from "react"
import { addToCart } from "@/lib/actions/cart"
import { formatMoney, formatNumber } from "@/lib/money"
import type { AppLocale } from "@/i18n/locales"
import { tierFor } from "@/lib/wholesale"
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

/** A variant's wholesale terms as the box shows them (text made on the server, in the UI language). */
export type WholesaleVariant = {
  /** "Minimum order: 12 pieces", "Packed in cases of 6", "Ready to ship in 10 days". */
  facts: string[]
  /** The quantity field of a wholesale buyer: from `min`, in steps of `step`. */
  min: number
  step: number
  /** Price tiers (wholesale buyers only): "10–49 pcs" and "₹1,200". */
  tiers: { label: string; price: string; min_quantity: number; max_quantity: number | null; amount: number }[]
}

export type WholesaleBoxProps = {
  /** The shopper buys for an approved company: tiers, and the quantity in case packs. */
  buyer: boolean
  currency: string
  byVariant: Record<string, WholesaleVariant>
  labels: {
    title: string
    tiersTitle: string
    quantityCol: string
    priceCol: string
    noTiers: string
    /** With {quantity}, {price} and {total}. */
    atQuantity: string
    /** With {min} and {step}. */
    quantityHint: string
    register: string
    registerHref: string
  }
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m)

type Props = {
  locale: string
  productId: string
  handle: string
  options: PickerOption[]
  variants: PickerVariant[]
  initial: Selection
  labels: { addToCart: string; adding: string; quantity: string; unavailable: string; noPrice: string }
  wholesale?: WholesaleBoxProps
}

/**
 * Option pickers, live price and stock, and the add-to-cart form. The radios are
 * real form fields, so without JavaScript the server action still gets the choice.
 */
export function ProductForm({ locale, productId, handle, options, variants, initial, labels, wholesale }: Props) {
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
    [variants]
  )
  const match = findVariant(shaped, selection)
  const current = match ? variants.find((v) => v.id === match.id) : undefined
  const buyable = Boolean(current && current.stock !== "out_of_stock" && current.price)
  const terms = current ? wholesale?.byVariant[current.id] : undefined
  const buyer = Boolean(wholesale?.buyer)
  // A wholesale buyer's quantity starts at the variant's first allowed quantity and moves in case packs.
  const [quantity, setQuantity] = useState<number>(terms?.min ?? 1)
  useEffect(() => {
    if (buyer) setQuantity(terms?.min ?? 1)
  }, [buyer, current?.id, terms?.min])

  return (
    <form
      action={addToCart}
      className="product-form"
      data-testid="product-form"
      data-hydrated={hydrated ? "true" : "false"}
      data-variant-id={current?.id ?? ""}
    >
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
        )
      )}

      {wholesale ? (
        <WholesaleBox locale={locale as AppLocale} box={wholesale} terms={terms} quantity={quantity} />
      ) : null}

      <div className="buy-row">
        {buyer ? (
          <label className="quantity-field">
            <span>{labels.quantity}</span>
            <input type="hidden" name="wholesale" value="1" />
            <input
              type="number"
              name="quantity"
              inputMode="numeric"
              min={terms?.min ?? 1}
              step={terms?.step ?? 1}
              max={100000}
              value={quantity}
              onChange={(e) => setQuantity(Number(e.target.value) || 0)}
              aria-describedby={terms && (terms.min > 1 || terms.step > 1) ? "wholesale-quantity-hint" : undefined}
              data-testid="wholesale-quantity"
              data-min={terms?.min ?? 1}
              data-step={terms?.step ?? 1}
            />
          </label>
        ) : (
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
        )}
        <SubmitButton
          className="button button-large"
          pendingLabel={labels.adding}
          disabled={!buyable}
          data-testid="add-to-cart"
        >
          {labels.addToCart}
        </SubmitButton>
      </div>
    </form>
  )
}

/**
 * The product's wholesale terms for the chosen variant: minimum, case pack and lead time for everyone;
 * for wholesale buyers the price tiers, the current tier for the chosen quantity and how the quantity
 * field steps; for everyone else a link to register their business.
 */
function WholesaleBox({
  locale,
  box,
  terms,
  quantity,
}: {
  locale: AppLocale
  box: WholesaleBoxProps
  terms: WholesaleVariant | undefined
  quantity: number
}) {
  const { labels } = box
  const facts = terms?.facts ?? []
  if (!box.buyer && !facts.length) {
    return (
      <p className="wholesale-register" id="wholesale">
        <Link href={labels.registerHref} className="text-link" data-testid="wholesale-register-link">
          {labels.register} →
        </Link>
      </p>
    )
  }
  const tier = box.buyer ? tierFor(quantity, terms?.tiers) : null
  return (
    <section className="wholesale-box" id="wholesale" aria-labelledby="wholesale-title" data-testid="wholesale-box">
      <h2 id="wholesale-title">{labels.title}</h2>
      {facts.length ? (
        <ul className="wholesale-facts" data-testid="wholesale-terms">
          {facts.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : null}
      {box.buyer ? (
        <>
          {terms?.tiers.length ? (
            <table className="tier-table" data-testid="tier-table">
              <caption>{labels.tiersTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{labels.quantityCol}</th>
                  <th scope="col">{labels.priceCol}</th>
                </tr>
              </thead>
              <tbody>
                {terms.tiers.map((t) => (
                  <tr
                    key={t.min_quantity}
                    aria-current={tier?.min_quantity === t.min_quantity ? "true" : undefined}
                    data-testid="tier-row"
                  >
                    <td>{t.label}</td>
                    <td>{t.price}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="hint" data-testid="no-tiers">
              {labels.noTiers}
            </p>
          )}
          {tier && quantity > 0 ? (
            <p className="tier-now" aria-live="polite" data-testid="tier-now">
              {fill(labels.atQuantity, {
                quantity: formatNumber(quantity, locale),
                price: formatMoney(tier.amount, box.currency, locale),
                total: formatMoney(tier.amount * quantity, box.currency, locale),
              })}
            </p>
          ) : null}
          {terms && (terms.min > 1 || terms.step > 1) ? (
            <p className="hint" id="wholesale-quantity-hint">
              {fill(labels.quantityHint, {
                min: formatNumber(terms.min, locale),
                step: formatNumber(terms.step, locale),
              })}
            </p>
          ) : null}
        </>
      ) : (
        <p>
          <Link href={labels.registerHref} className="text-link" data-testid="wholesale-register-link">
            {labels.register} →
          </Link>
        </p>
      )}
    </section>
  )
}
