import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { HttpTypes } from "@medusajs/types"
import { SubmitButton } from "@/components/SubmitButton"
import { SummaryItems } from "@/components/SummaryItems"
import { Totals, totalsLabels } from "@/components/Totals"
import { toAppLocale, type AppLocale } from "@/i18n/routing"
import { chooseShipping, choosePayment, placeOrder, saveContact } from "@/lib/actions/checkout"
import {
  activePaymentSession,
  checkoutSteps,
  needsShipping,
  reachedStep,
  resolveStep,
  type CheckoutStep,
} from "@/lib/checkout-steps"
import { regionCountryCodes } from "@/lib/currency"
import { listPaymentProviders, listShippingOptions, retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { formatMoney, formatNumber } from "@/lib/money"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

type ShippingKind = "standard" | "express" | "international"

function shippingKind(option: { type?: { code?: string | null } | null; name?: string | null }): ShippingKind | null {
  const code = (option.type?.code ?? option.name ?? "").toLowerCase()
  if (code.startsWith("standard")) return "standard"
  if (code.startsWith("express")) return "express"
  if (code.startsWith("intl") || code.startsWith("international")) return "international"
  return null
}

function optionAmount(o: HttpTypes.StoreCartShippingOption): number | null {
  const a = (o as { amount?: unknown }).amount ?? o.calculated_price?.calculated_amount
  return typeof a === "number" ? a : null
}

function countryName(code: string, locale: AppLocale, fallback?: string | null): string {
  try {
    return (
      new Intl.DisplayNames([locale === "en" ? "en-IN" : `${locale}-IN`], { type: "region" }).of(code.toUpperCase()) ??
      fallback ??
      code
    )
  } catch {
    return fallback ?? code.toUpperCase()
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Checkout" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const [cart, query, customer] = await Promise.all([retrieveCart(), searchParams, retrieveCustomer()])
  if (!cart || !cart.items?.length) redirect(`/${locale}/cart`)

  const [t, tCart] = await Promise.all([
    getTranslations({ locale, namespace: "Checkout" }),
    getTranslations({ locale, namespace: "Cart" }),
  ])
  const reached = reachedStep(cart)
  const shipping = needsShipping(cart)
  const step = resolveStep(query.step, reached, shipping)
  const stepIndex = (s: CheckoutStep) => checkoutSteps.indexOf(s)
  const error = typeof query.error === "string" ? query.error : null
  // A backend failure says what it was (unavailable, wait, busy…), never "could not place your order".
  const failure = await failureNotice(locale, query)
  const badFields = new Set(typeof query.fields === "string" ? query.fields.split(",") : [])
  const currency = cart.currency_code
  const money = (n: number | null | undefined) => formatMoney(n ?? 0, currency, locale)

  const countries = regionCountryCodes(cart.region)
  const address = cart.shipping_address
  const shippingOptions =
    step === "delivery" ? (await listShippingOptions(cart.id)).filter((o) => optionAmount(o) !== null) : []
  const providers = step === "payment" ? await listPaymentProviders(cart.region_id ?? "") : []
  const chosenMethod = cart.shipping_methods?.[0]
  const session = activePaymentSession(cart)

  const stepLabels: Record<CheckoutStep, string> = {
    address: t("stepAddress"),
    delivery: t("stepDelivery"),
    payment: t("stepPayment"),
    review: t("stepReview"),
  }
  const methodName = (m: { name?: string | null; shipping_option_id?: string | null } | undefined) => {
    if (!m) return ""
    const kind = shippingKind({ name: m.name })
    return kind ? t(`shippingNames.${kind}`) : (m.name ?? "")
  }
  const providerName = (id: string | null | undefined) =>
    id === "pp_system_default" ? t("providers.pp_system_default") : (id ?? "")

  const field = (
    name: "first_name" | "last_name" | "address_1" | "address_2" | "city" | "province" | "postal_code" | "phone",
    label: string,
    opts: {
      required?: boolean
      autoComplete: string
      value?: string | null
      type?: string
      inputMode?: "numeric" | "tel"
    }
  ) => (
    <div className={`field${badFields.has(name) ? " field-error" : ""}`}>
      <label htmlFor={`f-${name}`}>{label}</label>
      <input
        id={`f-${name}`}
        name={name}
        type={opts.type ?? "text"}
        inputMode={opts.inputMode}
        required={opts.required}
        autoComplete={opts.autoComplete}
        defaultValue={opts.value ?? ""}
        aria-invalid={badFields.has(name) || undefined}
        aria-describedby={badFields.has(name) ? `e-${name}` : undefined}
        data-testid={`field-${name}`}
      />
      {badFields.has(name) ? (
        <p className="field-message" id={`e-${name}`}>
          {t("fieldError")}
        </p>
      ) : null}
    </div>
  )

  const editLink = (s: CheckoutStep) => (
    <Link href={`/${locale}/checkout?step=${s}`} className="text-link" data-testid={`edit-${s}`}>
      {t("edit")}
    </Link>
  )

  return (
    <div className="container section">
      <h1>{t("title")}</h1>
      <nav aria-label={t("steps")}>
        <ol className="steps">
          {checkoutSteps.map((s, i) => (
            <li
              key={s}
              className={s === step ? "is-current" : stepIndex(s) < stepIndex(reached) ? "is-done" : undefined}
              aria-current={s === step ? "step" : undefined}
            >
              <span className="step-number">{formatNumber(i + 1, locale)}</span> {stepLabels[s]}
            </li>
          ))}
        </ol>
      </nav>

      {error ? (
        <p
          className="notice notice-error"
          role="alert"
          data-testid="checkout-error"
          data-error={failure?.kind ?? error}
        >
          {failure
            ? failure.text
            : error === "fields" || error === "save" || error === "shipping" || error === "payment" || error === "order"
              ? t(`errors.${error}`)
              : t("errors.order")}
        </p>
      ) : null}

      <div className="checkout-layout">
        <div className="checkout-steps">
          {/* 1. Contact and address */}
          <section className="checkout-step" aria-labelledby="step-address">
            <div className="step-head">
              <h2 id="step-address">{t("contactTitle")}</h2>
              {step !== "address" ? editLink("address") : null}
            </div>
            {step === "address" ? (
              <form action={saveContact} className="form-grid" data-testid="address-form">
                <input type="hidden" name="locale" value={locale} />
                <div className={`field field-wide${badFields.has("email") ? " field-error" : ""}`}>
                  <label htmlFor="f-email">{t("email")}</label>
                  <input
                    id="f-email"
                    name="email"
                    type="email"
                    required
                    autoComplete="email"
                    defaultValue={cart.email ?? customer?.email ?? ""}
                    aria-invalid={badFields.has("email") || undefined}
                    data-testid="field-email"
                  />
                </div>
                {field("first_name", t("firstName"), {
                  required: true,
                  autoComplete: "given-name",
                  value: address?.first_name ?? customer?.first_name,
                })}
                {field("last_name", t("lastName"), {
                  required: true,
                  autoComplete: "family-name",
                  value: address?.last_name ?? customer?.last_name,
                })}
                <div className="field-wide">
                  {field("address_1", t("address1"), {
                    required: true,
                    autoComplete: "address-line1",
                    value: address?.address_1,
                  })}
                </div>
                <div className="field-wide">
                  {field("address_2", t("address2"), { autoComplete: "address-line2", value: address?.address_2 })}
                </div>
                {field("city", t("city"), { required: true, autoComplete: "address-level2", value: address?.city })}
                {field("province", t("province"), { autoComplete: "address-level1", value: address?.province })}
                {field("postal_code", t("postalCode"), {
                  required: true,
                  autoComplete: "postal-code",
                  value: address?.postal_code,
                })}
                <div className={`field${badFields.has("country_code") ? " field-error" : ""}`}>
                  <label htmlFor="f-country">{t("country")}</label>
                  <select
                    id="f-country"
                    name="country_code"
                    required
                    autoComplete="country"
                    defaultValue={address?.country_code ?? (countries.includes("in") ? "in" : countries[0])}
                    data-testid="field-country_code"
                  >
                    {countries
                      .map((code) => ({ code, name: countryName(code, locale) }))
                      .sort((a, b) => a.name.localeCompare(b.name, locale))
                      .map(({ code, name }) => (
                        <option key={code} value={code}>
                          {name}
                        </option>
                      ))}
                  </select>
                  <p className="hint">{t("countryHint")}</p>
                </div>
                {field("phone", t("phone"), {
                  autoComplete: "tel",
                  type: "tel",
                  inputMode: "tel",
                  value: address?.phone,
                })}
                <div className="field-wide">
                  <SubmitButton className="button button-large" data-testid="submit-address">
                    {t("continueToDelivery")}
                  </SubmitButton>
                </div>
              </form>
            ) : (
              <div className="step-summary" data-testid="address-summary">
                <p>
                  <strong>{t("contact")}:</strong> {cart.email}
                </p>
                <p>
                  <strong>{t("deliverTo")}:</strong>{" "}
                  {[address?.first_name, address?.last_name].filter(Boolean).join(" ")},{" "}
                  {[address?.address_1, address?.address_2, address?.city, address?.postal_code]
                    .filter(Boolean)
                    .join(", ")}
                  , {address?.country_code ? countryName(address.country_code, locale) : ""}
                </p>
              </div>
            )}
          </section>

          {/* 2. Delivery */}
          <section className="checkout-step" aria-labelledby="step-delivery">
            <div className="step-head">
              <h2 id="step-delivery">{t("deliveryTitle")}</h2>
              {shipping && stepIndex(step) > stepIndex("delivery") ? editLink("delivery") : null}
            </div>
            {step === "delivery" ? (
              shippingOptions.length ? (
                <form action={chooseShipping} className="choice-list" data-testid="shipping-form">
                  <input type="hidden" name="locale" value={locale} />
                  <fieldset>
                    <legend className="visually-hidden">{t("deliveryTitle")}</legend>
                    {shippingOptions.map((o, i) => {
                      const kind = shippingKind(o)
                      const checked = chosenMethod ? chosenMethod.shipping_option_id === o.id : i === 0
                      return (
                        <label key={o.id} className="choice">
                          <input
                            type="radio"
                            name="shipping_option_id"
                            value={o.id}
                            defaultChecked={checked}
                            required
                            data-testid="shipping-option"
                          />
                          <span className="choice-body">
                            <span className="choice-title">{kind ? t(`shippingNames.${kind}`) : o.name}</span>
                            {kind ? <span className="muted">{t(`shippingDescriptions.${kind}`)}</span> : null}
                          </span>
                          <span className="choice-price">{money(optionAmount(o))}</span>
                        </label>
                      )
                    })}
                  </fieldset>
                  <SubmitButton className="button button-large" data-testid="submit-shipping">
                    {t("continueToPayment")}
                  </SubmitButton>
                </form>
              ) : (
                <p className="notice" data-testid="no-shipping">
                  {t("noShippingOptions")}
                </p>
              )
            ) : !shipping ? (
              <p className="muted" data-testid="no-delivery-needed">
                {t("noDeliveryNeeded")}
              </p>
            ) : stepIndex(reached) > stepIndex("delivery") && chosenMethod ? (
              <div className="step-summary" data-testid="delivery-summary">
                <p>
                  {methodName(chosenMethod)} · {money(chosenMethod.amount)}
                </p>
              </div>
            ) : null}
          </section>

          {/* 3. Payment */}
          <section className="checkout-step" aria-labelledby="step-payment">
            <div className="step-head">
              <h2 id="step-payment">{t("paymentTitle")}</h2>
              {stepIndex(step) > stepIndex("payment") ? editLink("payment") : null}
            </div>
            {step === "payment" ? (
              <form action={choosePayment} className="choice-list" data-testid="payment-form">
                <input type="hidden" name="locale" value={locale} />
                <p className="hint">{t("paymentHint")}</p>
                <fieldset>
                  <legend className="visually-hidden">{t("paymentTitle")}</legend>
                  {providers.map((p, i) => (
                    <label key={p.id} className="choice">
                      <input
                        type="radio"
                        name="provider_id"
                        value={p.id}
                        defaultChecked={
                          session ? session.provider_id === p.id : p.id === "pp_system_default" || i === 0
                        }
                        required
                        data-testid="payment-option"
                      />
                      <span className="choice-body">
                        <span className="choice-title">{providerName(p.id)}</span>
                      </span>
                    </label>
                  ))}
                </fieldset>
                <SubmitButton className="button button-large" data-testid="submit-payment">
                  {t("continueToReview")}
                </SubmitButton>
              </form>
            ) : stepIndex(reached) > stepIndex("payment") && session ? (
              <div className="step-summary" data-testid="payment-summary">
                <p>{providerName(session.provider_id)}</p>
              </div>
            ) : null}
          </section>

          {/* 4. Review */}
          <section className="checkout-step" aria-labelledby="step-review">
            <div className="step-head">
              <h2 id="step-review">{t("reviewTitle")}</h2>
            </div>
            {step === "review" ? (
              <form action={placeOrder} data-testid="review-form">
                <input type="hidden" name="locale" value={locale} />
                <p className="hint">{t("reviewHint")}</p>
                <SubmitButton className="button button-large button-block" data-testid="place-order">
                  {t("placeOrder")} · {money(cart.total)}
                </SubmitButton>
              </form>
            ) : null}
          </section>

          {!customer ? (
            <p className="muted">
              <Link
                href={`/${locale}/account/login?return_to=${encodeURIComponent(`/${locale}/checkout`)}`}
                className="text-link"
              >
                {t("signInPrompt")}
              </Link>
            </p>
          ) : null}
        </div>

        <aside className="summary" aria-labelledby="checkout-summary">
          <h2 id="checkout-summary">{tCart("summary")}</h2>
          <SummaryItems items={cart.items ?? []} currency={currency} locale={locale} />
          <Totals totals={cart} locale={locale} labels={totalsLabels(tCart)} />
        </aside>
      </div>
    </div>
  )
}
