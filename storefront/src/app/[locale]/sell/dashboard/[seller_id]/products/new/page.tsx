import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { PhotoInput } from "@/components/marketplace/PhotoInput"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { createProduct } from "@/lib/actions/seller"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { OPTION_TITLES } from "@/lib/vendor-products"
import { failureNotice } from "@/lib/failure-text"

type Props = ShopPageProps

const FIELD_ERRORS = ["title", "price_inr", "price_usd", "price_eur", "image_url", "option", "stock", "photo"] as const
type FieldError = (typeof FIELD_ERRORS)[number]
const PHOTO_ERRORS = ["type", "size", "count", "upload"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerProduct" })
  return { title: t("newTitle"), robots: { index: false } }
}

export default async function NewProductPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, "/products/new")
  const query = await searchParams
  const [t, tProduct, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "SellerProduct" }),
    getTranslations({ locale, namespace: "Product" }),
    getTranslations({ locale, namespace: "Form" }),
  ])
  const bad = new Set(
    (typeof query.fields === "string" ? query.fields.split(",") : []).filter((f): f is FieldError =>
      (FIELD_ERRORS as readonly string[]).includes(f)
    )
  )
  // A failure kind (unavailable, wait N minutes, busy, a refused field) is said as such.
  const failure = await failureNotice(locale, query)
  const error = failure
    ? failure.text
    : query.error === "create"
      ? t("errors.create")
      : query.error === "upload"
        ? t("photoErrors.upload")
        : query.error === "fields"
          ? t("errors.fields")
          : null
  const photoError = (PHOTO_ERRORS as readonly unknown[]).includes(query.photo)
    ? t(`photoErrors.${query.photo as (typeof PHOTO_ERRORS)[number]}`)
    : bad.has("photo")
      ? t("photoErrors.type")
      : null
  const fieldMessage = (name: FieldError) =>
    bad.has(name) ? (
      <p className="field-message" id={`e-${name}`}>
        {t(`fieldErrors.${name}`)}
      </p>
    ) : null
  const invalid = (name: FieldError) => ({
    "aria-invalid": bad.has(name) || undefined,
    "aria-describedby": bad.has(name) ? `e-${name}` : undefined,
  })
  const cls = (name: FieldError) => `field${bad.has(name) ? " field-error" : ""}`

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active={null} />
      <p>
        <Link href={base} className="text-link">
          ← {t("backToProducts")}
        </Link>
      </p>
      <div className="card">
        <h2 data-testid="new-product-title">{t("newTitle")}</h2>
        <p className="muted">{t("newIntro")}</p>
        {membership.seller.status === "pending" ? (
          <p className="notice notice-pending" data-testid="draft-note">
            {t("draftNote")}
          </p>
        ) : null}
        {error ? (
          <p className="notice notice-error" role="alert" data-testid="product-form-error">
            {error}
          </p>
        ) : null}

        <form action={createProduct} className="form-stack" data-testid="new-product-form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="seller_id" value={sellerId} />

          <div className={cls("title")}>
            <label htmlFor="p-title">{t("title")}</label>
            <input
              id="p-title"
              name="title"
              required
              minLength={2}
              maxLength={200}
              {...invalid("title")}
              data-testid="field-title"
            />
            {fieldMessage("title")}
          </div>

          <div className="field">
            <label htmlFor="p-description">{t("description")}</label>
            <textarea
              id="p-description"
              name="description"
              rows={4}
              maxLength={10000}
              aria-describedby="p-description-hint"
              data-testid="field-description"
            />
            <p className="hint" id="p-description-hint">
              {t("descriptionHint")}
            </p>
          </div>

          <PhotoInput
            id="p-photo"
            name="photo"
            label={t("photo")}
            hint={t("photoHint")}
            labels={{
              type: t("photoErrors.type"),
              size: t("photoErrors.size"),
              chosen: t("photoChosen"),
              preparing: t("photoPreparing"),
            }}
            error={photoError}
            data-testid="field-photo"
          />

          <details className="more" open={bad.has("image_url")}>
            <summary>{t("photoLinkToggle")}</summary>
            <div className={cls("image_url")}>
              <label htmlFor="p-image">{t("imageUrl")}</label>
              <input
                id="p-image"
                name="image_url"
                type="url"
                inputMode="url"
                placeholder="https://"
                {...invalid("image_url")}
                data-testid="field-image-url"
              />
              <p className="hint">{t("imageHint")}</p>
              {fieldMessage("image_url")}
            </div>
          </details>

          <div className={cls("price_inr")}>
            <label htmlFor="p-price-inr">{t("priceInr")}</label>
            <input
              id="p-price-inr"
              name="price_inr"
              type="text"
              inputMode="decimal"
              required
              autoComplete="off"
              placeholder="499"
              {...invalid("price_inr")}
              data-testid="field-price-inr"
            />
            {fieldMessage("price_inr")}
          </div>

          <details className="more" open={bad.has("price_usd") || bad.has("price_eur")}>
            <summary>{t("otherCurrencies")}</summary>
            <div className="form-row">
              <div className={cls("price_usd")}>
                <label htmlFor="p-price-usd">{t("priceUsd")}</label>
                <input
                  id="p-price-usd"
                  name="price_usd"
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  {...invalid("price_usd")}
                  data-testid="field-price-usd"
                />
                {fieldMessage("price_usd")}
              </div>
              <div className={cls("price_eur")}>
                <label htmlFor="p-price-eur">{t("priceEur")}</label>
                <input
                  id="p-price-eur"
                  name="price_eur"
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  {...invalid("price_eur")}
                  data-testid="field-price-eur"
                />
                {fieldMessage("price_eur")}
              </div>
            </div>
          </details>

          <fieldset className="choice-fieldset">
            <legend>{t("optionsTitle")}</legend>
            <p className="hint">{t("optionsHint")}</p>
            <div className="form-row">
              <div className={cls("option")}>
                <label htmlFor="p-option">{t("optionName")}</label>
                <select
                  id="p-option"
                  name="option_title"
                  defaultValue=""
                  {...invalid("option")}
                  data-testid="field-option-title"
                >
                  <option value="">{t("optionNone")}</option>
                  {OPTION_TITLES.map((o) => (
                    <option key={o} value={o}>
                      {tProduct(`optionNames.${o.toLowerCase() as Lowercase<typeof o>}`)}
                    </option>
                  ))}
                </select>
                {fieldMessage("option")}
              </div>
              <div className="field">
                <label htmlFor="p-values">{t("optionValues")}</label>
                <input
                  id="p-values"
                  name="option_values"
                  maxLength={1000}
                  placeholder={t("optionValuesPlaceholder")}
                  data-testid="field-option-values"
                />
              </div>
            </div>
          </fieldset>

          <div className={cls("stock")}>
            <label htmlFor="p-stock">{t("stock")}</label>
            <input
              id="p-stock"
              name="stock"
              type="text"
              inputMode="numeric"
              defaultValue="1"
              autoComplete="off"
              aria-describedby="p-stock-hint"
              data-testid="field-stock"
            />
            <p className="hint" id="p-stock-hint">
              {t("stockHint")}
            </p>
            {fieldMessage("stock")}
          </div>

          <SubmitButton
            className="button button-large button-block"
            pendingLabel={tForm("working")}
            data-testid="save-new-product"
          >
            {t("submitNew")}
          </SubmitButton>
        </form>
      </div>
    </div>
  )
}
