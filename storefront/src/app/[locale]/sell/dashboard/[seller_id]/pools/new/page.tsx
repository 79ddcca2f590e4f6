import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { createSellerPool } from "@/lib/actions/commons"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { describe } from "@/lib/data/errors"
import { listVendorProducts } from "@/lib/data/vendor"
import {
  POOL_CURRENCIES,
  POOL_FORM_TIERS,
  isoToKolkata,
  poolMaterials,
  type Material,
  type PoolFormError,
} from "@/lib/seller-pools"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = ShopPageProps

const FIELD_ERRORS: readonly PoolFormError[] = [
  "title",
  "material",
  "material_title",
  "unit",
  "case_size",
  "tiers",
  "tier_order",
  "min_quantity",
  "max_quantity",
  "opens_at",
  "closes_at",
  "pickup_point",
  "freight_cost",
  "handling_cost",
]
const ERRORS = ["fields", "material", "forbidden", "state", "failed"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerPools" })
  return { title: t("newTitle"), robots: { index: false } }
}

/**
 * A new group buy run by the shop: the material (one of its variants that tracks no stock, or a new
 * one listed on the way, hidden from the shop), the unit and case size, the price tiers, minimum and
 * maximum, when it opens and closes (Dharavi time), where it is collected, and the shared costs.
 * It is saved as a draft; the seller opens it from its page.
 */
export default async function NewSellerPoolPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, "/pools/new")
  const query = await searchParams
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "SellerPools" }),
    getTranslations({ locale, namespace: "Form" }),
  ])
  let materials: Material[] = []
  try {
    materials = poolMaterials((await listVendorProducts(sellerId, 1, 100)).products)
  } catch (error) {
    console.error("[dashboard] pool materials failed:", describe(error))
  }
  const bad = new Set(
    (typeof query.fields === "string" ? query.fields.split(",") : []).filter((f) =>
      (FIELD_ERRORS as readonly string[]).includes(f)
    )
  )
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const cls = (...names: string[]) => `field${names.some((n) => bad.has(n)) ? " field-error" : ""}`
  const message = (name: PoolFormError) =>
    bad.has(name) ? (
      <p className="field-message" id={`e-${name}`}>
        {t(`fieldErrors.${name}`)}
      </p>
    ) : null
  const invalid = (name: PoolFormError, hint?: string) => {
    const ids = [hint, bad.has(name) ? `e-${name}` : null].filter(Boolean).join(" ")
    return { "aria-invalid": bad.has(name) || undefined, "aria-describedby": ids || undefined }
  }
  const now = new Date()
  const canWrite = membership.seller.status !== "suspended"

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="pools" />
      <p>
        <Link href={`${base}/pools`} className="text-link">
          ← {t("back")}
        </Link>
      </p>
      <div className="card">
        <h2 data-testid="new-pool-title">{t("newTitle")}</h2>
        <p className="muted">{t("newIntro")}</p>
        {error || failure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="pool-form-error"
            data-error={failure?.kind ?? error}
          >
            {failure ? failure.text : t(`errors.${error!}`)}
          </p>
        ) : null}
        {!canWrite ? (
          <p className="notice notice-error">{t("errors.forbidden")}</p>
        ) : (
          <form action={createSellerPool} className="form-stack" data-testid="new-pool-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="seller_id" value={sellerId} />

            <div className={cls("title")}>
              <label htmlFor="pool-title">{t("fields.title")}</label>
              <input
                id="pool-title"
                name="title"
                required
                minLength={2}
                maxLength={160}
                placeholder={t("fields.titlePlaceholder")}
                {...invalid("title")}
                data-testid="pool-field-title"
              />
              {message("title")}
            </div>

            <fieldset className="choice-fieldset">
              <legend>{t("fields.material")}</legend>
              <p className="hint">{t("fields.materialHint")}</p>
              <div className={cls("material")}>
                <label htmlFor="pool-material">{t("fields.materialPick")}</label>
                <select
                  id="pool-material"
                  name="material"
                  defaultValue={materials[0] ? `${materials[0].product_id}:${materials[0].variant_id}` : "new"}
                  {...invalid("material")}
                  data-testid="pool-field-material"
                >
                  {materials.map((m) => (
                    <option key={m.variant_id} value={`${m.product_id}:${m.variant_id}`}>
                      {m.label}
                    </option>
                  ))}
                  <option value="new">{t("fields.materialNew")}</option>
                </select>
                {message("material")}
              </div>
              <div className={cls("material_title")}>
                <label htmlFor="pool-material-title">{t("fields.materialTitle")}</label>
                <input
                  id="pool-material-title"
                  name="material_title"
                  maxLength={200}
                  placeholder={t("fields.materialTitlePlaceholder")}
                  {...invalid("material_title", "pool-material-title-hint")}
                  data-testid="pool-field-material-title"
                />
                <p className="hint" id="pool-material-title-hint">
                  {t("fields.materialTitleHint")}
                </p>
                {message("material_title")}
              </div>
            </fieldset>

            <div className="form-row two">
              <div className={cls("unit")}>
                <label htmlFor="pool-unit">{t("fields.unit")}</label>
                <input
                  id="pool-unit"
                  name="unit"
                  required
                  maxLength={20}
                  placeholder={t("fields.unitPlaceholder")}
                  {...invalid("unit")}
                  data-testid="pool-field-unit"
                />
                {message("unit")}
              </div>
              <div className={cls("case_size")}>
                <label htmlFor="pool-case">{t("fields.caseSize")}</label>
                <input
                  id="pool-case"
                  name="case_size"
                  inputMode="numeric"
                  defaultValue="1"
                  {...invalid("case_size", "pool-case-hint")}
                  data-testid="pool-field-case-size"
                />
                <p className="hint" id="pool-case-hint">
                  {t("fields.caseSizeHint")}
                </p>
                {message("case_size")}
              </div>
            </div>

            <fieldset
              className={`choice-fieldset${bad.has("tiers") || bad.has("tier_order") ? " field-error" : ""}`}
              data-testid="pool-field-tiers"
            >
              <legend>{t("fields.tiers")}</legend>
              <p className="hint">{t("fields.tiersHint")}</p>
              <div className="field">
                <label htmlFor="pool-currency">{t("fields.currency")}</label>
                <select id="pool-currency" name="currency_code" defaultValue="inr" data-testid="pool-field-currency">
                  {POOL_CURRENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c.toUpperCase()}
                    </option>
                  ))}
                </select>
              </div>
              <input type="hidden" name="tier_min_0" value="0" />
              <div className="field">
                <label htmlFor="pool-tier-price-0">{t("fields.tierBase")}</label>
                <input
                  id="pool-tier-price-0"
                  name="tier_price_0"
                  inputMode="decimal"
                  required
                  data-testid="pool-tier-price"
                />
              </div>
              {Array.from({ length: POOL_FORM_TIERS - 1 }, (_, k) => k + 1).map((i) => (
                <div className="form-row two" key={i} data-testid="pool-tier-row">
                  <div className="field">
                    <label htmlFor={`pool-tier-min-${i}`}>{t("fields.tierFrom")}</label>
                    <input
                      id={`pool-tier-min-${i}`}
                      name={`tier_min_${i}`}
                      inputMode="numeric"
                      data-testid="pool-tier-min"
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`pool-tier-price-${i}`}>{t("fields.tierPrice")}</label>
                    <input
                      id={`pool-tier-price-${i}`}
                      name={`tier_price_${i}`}
                      inputMode="decimal"
                      data-testid="pool-tier-price"
                    />
                  </div>
                </div>
              ))}
              {message("tiers")}
              {message("tier_order")}
            </fieldset>

            <div className="form-row two">
              <div className={cls("min_quantity")}>
                <label htmlFor="pool-min">{t("fields.minQuantity")}</label>
                <input
                  id="pool-min"
                  name="min_quantity"
                  inputMode="numeric"
                  required
                  {...invalid("min_quantity", "pool-min-hint")}
                  data-testid="pool-field-min"
                />
                <p className="hint" id="pool-min-hint">
                  {t("fields.minQuantityHint")}
                </p>
                {message("min_quantity")}
              </div>
              <div className={cls("max_quantity")}>
                <label htmlFor="pool-max">{t("fields.maxQuantity")}</label>
                <input
                  id="pool-max"
                  name="max_quantity"
                  inputMode="numeric"
                  required
                  {...invalid("max_quantity", "pool-max-hint")}
                  data-testid="pool-field-max"
                />
                <p className="hint" id="pool-max-hint">
                  {t("fields.maxQuantityHint")}
                </p>
                {message("max_quantity")}
              </div>
            </div>

            <div className="form-row two">
              <div className={cls("opens_at")}>
                <label htmlFor="pool-opens">{t("fields.opensAt")}</label>
                <input
                  id="pool-opens"
                  name="opens_at"
                  type="datetime-local"
                  required
                  defaultValue={isoToKolkata(now)}
                  {...invalid("opens_at")}
                  data-testid="pool-field-opens"
                />
                {message("opens_at")}
              </div>
              <div className={cls("closes_at")}>
                <label htmlFor="pool-closes">{t("fields.closesAt")}</label>
                <input
                  id="pool-closes"
                  name="closes_at"
                  type="datetime-local"
                  required
                  defaultValue={isoToKolkata(new Date(now.getTime() + 7 * 24 * 3600_000))}
                  {...invalid("closes_at")}
                  data-testid="pool-field-closes"
                />
                {message("closes_at")}
              </div>
            </div>
            <p className="hint">{t("fields.timeHint")}</p>

            <fieldset className="choice-fieldset">
              <legend>{t("fields.fulfilment")}</legend>
              <label className="choice">
                <input type="radio" name="fulfilment" value="pickup" defaultChecked data-testid="pool-field-pickup" />{" "}
                {t("fields.pickup")}
              </label>
              <label className="choice">
                <input type="radio" name="fulfilment" value="delivery" data-testid="pool-field-delivery" />{" "}
                {t("fields.delivery")}
              </label>
              <div className={cls("pickup_point")}>
                <label htmlFor="pool-pickup">{t("fields.pickupPoint")}</label>
                <input
                  id="pool-pickup"
                  name="pickup_point"
                  maxLength={300}
                  placeholder={t("fields.pickupPlaceholder")}
                  {...invalid("pickup_point")}
                  data-testid="pool-field-pickup-point"
                />
                {message("pickup_point")}
              </div>
            </fieldset>

            <fieldset className="choice-fieldset">
              <legend>{t("fields.costs")}</legend>
              <p className="hint">{t("fields.costsHint")}</p>
              <div className="form-row two">
                <div className={cls("freight_cost")}>
                  <label htmlFor="pool-freight">{t("fields.freight")}</label>
                  <input
                    id="pool-freight"
                    name="freight_cost"
                    inputMode="decimal"
                    defaultValue="0"
                    {...invalid("freight_cost")}
                    data-testid="pool-field-freight"
                  />
                  {message("freight_cost")}
                </div>
                <div className={cls("handling_cost")}>
                  <label htmlFor="pool-handling">{t("fields.handling")}</label>
                  <input
                    id="pool-handling"
                    name="handling_cost"
                    inputMode="decimal"
                    defaultValue="0"
                    {...invalid("handling_cost")}
                    data-testid="pool-field-handling"
                  />
                  {message("handling_cost")}
                </div>
              </div>
              <label className="choice">
                <input type="radio" name="cost_split" value="quantity" defaultChecked /> {t("fields.splitQuantity")}
              </label>
              <label className="choice">
                <input type="radio" name="cost_split" value="equal" /> {t("fields.splitEqual")}
              </label>
            </fieldset>

            <div className="field">
              <label htmlFor="pool-description">{t("fields.description")}</label>
              <textarea
                id="pool-description"
                name="description"
                rows={3}
                maxLength={4000}
                placeholder={t("fields.descriptionPlaceholder")}
                data-testid="pool-field-description"
              />
            </div>

            <SubmitButton
              className="button button-large button-block"
              pendingLabel={tForm("working")}
              data-testid="pool-create-submit"
            >
              {t("create")}
            </SubmitButton>
          </form>
        )}
      </div>
    </div>
  )
}
