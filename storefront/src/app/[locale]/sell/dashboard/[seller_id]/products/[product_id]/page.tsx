import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { PhotoInput } from "@/components/marketplace/PhotoInput"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import {
  addProductPhotos,
  deleteProduct,
  removeProductPhoto,
  setProductStatus,
  updateProduct,
} from "@/lib/actions/seller"
import { saveWholesaleTerms } from "@/lib/actions/wholesale"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { getVendorProduct } from "@/lib/data/vendor"
import { getProductWholesale } from "@/lib/data/wholesale"
import { formatNumber } from "@/lib/money"
import { PRODUCT_MAX_PHOTOS, productPhotos } from "@/lib/photos"
import { goesOnSaleOnApproval, variantLabel, variantPrice, variantStock } from "@/lib/vendor-products"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = ShopPageProps<{ product_id: string }>

const SAVED = ["created", "1", "published", "draft", "photo", "photoRemoved"] as const
const ERRORS = ["fields", "save", "stock", "delete", "notActive"] as const
const PHOTO_ERRORS = ["type", "size", "count", "upload", "none", "last"] as const
const FIELD_ERRORS = ["title", "price_inr", "price_usd", "price_eur", "stock"] as const
type FieldError = (typeof FIELD_ERRORS)[number]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerProduct" })
  return { title: t("editTitle"), robots: { index: false } }
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId, product_id: productId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, `/products/${productId}`)
  const product = await getVendorProduct(sellerId, productId)
  if (!product) notFound()
  const query = await searchParams
  const [t, tForm, tw, wholesale] = await Promise.all([
    getTranslations({ locale, namespace: "SellerProduct" }),
    getTranslations({ locale, namespace: "Form" }),
    getTranslations({ locale, namespace: "WholesaleTerms" }),
    // The terms as buyers see them (published products; a hidden one shows the defaults).
    getProductWholesale(productId, "inr"),
  ])
  const termsOf = new Map((wholesale?.variants ?? []).map((v) => [v.variant_id, v]))
  const termsSaved = query.saved === "wholesale"
  const termsError =
    query.error === "wholesale" || query.error === "wholesaleSave" || query.error === "wholesaleForbidden"
      ? query.error
      : null
  const badTerms = new Set(
    query.error === "wholesale" && typeof query.fields === "string" ? query.fields.split(",") : []
  )
  const saved = oneOf(query.saved, SAVED)
  const error = oneOf(query.error, ERRORS)
  // A failure kind (unavailable, wait, busy…) is shown beside the form that failed: the wholesale terms
  // (`for=wholesale`) or the top of the page.
  const failure = await failureNotice(locale, query)
  const termsFailure = query.for === "wholesale" ? failure : null
  const editFailure = query.for === "wholesale" ? null : failure
  const bad = new Set(
    (typeof query.fields === "string" ? query.fields.split(",") : []).filter((f): f is FieldError =>
      (FIELD_ERRORS as readonly string[]).includes(f)
    )
  )
  const photoError =
    query.error === "photo" && (PHOTO_ERRORS as readonly unknown[]).includes(query.photo)
      ? t(`photoErrors.${query.photo as (typeof PHOTO_ERRORS)[number]}`)
      : query.error === "photo"
        ? t("photoErrors.upload")
        : null
  const photos = productPhotos(product)
  const mainPhoto = product.thumbnail || photos[0] || null
  const live = product.status === "published"
  const awaiting = goesOnSaleOnApproval(product, membership.seller.status)
  const active = membership.seller.status === "active"
  const canEdit = membership.seller.status !== "suspended"
  const variants = product.variants ?? []
  const hidden = (name: string, value: string) => <input type="hidden" name={name} value={value} />
  const ids = (
    <>
      {hidden("locale", locale)}
      {hidden("seller_id", sellerId)}
      {hidden("product_id", product.id)}
    </>
  )
  const savedText =
    saved === "created"
      ? t("saved.created")
      : saved === "published"
        ? t("saved.published")
        : saved === "draft"
          ? t("saved.draft")
          : saved === "photo"
            ? t("saved.photo")
            : saved === "photoRemoved"
              ? t("saved.photoRemoved")
              : saved
                ? t("saved.changes")
                : null

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active={null} />
      <p>
        <Link href={base} className="text-link" data-testid="back-to-products">
          ← {t("backToProducts")}
        </Link>
      </p>

      {savedText ? (
        <p className="notice notice-success" role="status" data-testid="saved-notice" data-saved={saved}>
          {savedText}
          {saved === "created" ? ` ${t("saved.createdStock")}` : ""}
        </p>
      ) : null}
      {error || editFailure ? (
        <p
          className="notice notice-error"
          role="alert"
          data-testid="edit-error"
          data-error={editFailure?.kind ?? error}
        >
          {editFailure ? editFailure.text : t(`errors.${error!}`)}
        </p>
      ) : null}

      <section className="card product-status-card" aria-labelledby="status-title">
        <div className="product-status-head">
          {mainPhoto ? (
            <img src={mainPhoto} alt="" width={72} height={72} />
          ) : (
            <span className="thumb-placeholder" aria-hidden="true" />
          )}
          <div>
            <h2 id="status-title" data-testid="edit-product-title">
              {product.title}
            </h2>
            <span
              className={`pill ${live ? "pill-status-active" : awaiting ? "pill-status-pending" : "pill-neutral"}`}
              data-testid="product-status"
              data-status={product.status}
            >
              {live ? t("statusLiveShort") : awaiting ? t("statusAwaitingShort") : t("statusDraftShort")}
            </span>
          </div>
        </div>
        <p>{live ? t("statusLive") : awaiting ? t("statusAwaiting") : t("statusDraft")}</p>
        {live && product.handle ? (
          <p>
            <Link
              href={`/${locale}/products/${product.handle}`}
              className="text-link"
              data-testid="view-in-shop"
              data-handle={product.handle}
            >
              {t("viewInShop")} →
            </Link>
          </p>
        ) : null}
        {canEdit && (live || !awaiting) ? (
          <form action={setProductStatus}>
            {ids}
            {hidden("status", live ? "draft" : "published")}
            <SubmitButton
              className={live ? "button button-secondary button-block" : "button button-block"}
              pendingLabel={tForm("working")}
              disabled={!live && !active}
              data-testid={live ? "unpublish" : "publish"}
            >
              {live ? t("unpublish") : t("publish")}
            </SubmitButton>
            {!live && !active ? <p className="hint">{t("publishNeedsApproval")}</p> : null}
          </form>
        ) : null}
      </section>

      <section className="card" id="photos" aria-labelledby="photos-title" data-testid="photos-card">
        <h2 id="photos-title">{t("photosTitle")}</h2>
        {photoError ? (
          <p className="notice notice-error" role="alert" data-testid="photo-error">
            {photoError}
          </p>
        ) : null}
        {photos.length ? (
          <>
            <p className="muted">{t("photosIntro")}</p>
            <ul className="photo-list" data-testid="product-photos">
              {photos.map((url, i) => (
                <li key={url} className="photo-item" data-testid="product-photo">
                  <img
                    src={url}
                    alt={t("photoNumber", { number: formatNumber(i + 1, locale) })}
                    width={160}
                    height={160}
                    loading="lazy"
                    decoding="async"
                  />
                  {url === mainPhoto ? (
                    <span className="pill pill-status-active photo-main">{t("mainPhoto")}</span>
                  ) : null}
                  {canEdit && photos.length > 1 ? (
                    <form action={removeProductPhoto}>
                      {ids}
                      {hidden("url", url)}
                      <SubmitButton
                        className="button button-secondary button-block"
                        pendingLabel={tForm("working")}
                        aria-label={t("removePhotoLabel", { number: formatNumber(i + 1, locale) })}
                        data-testid="remove-photo"
                      >
                        {t("removePhoto")}
                      </SubmitButton>
                    </form>
                  ) : null}
                </li>
              ))}
            </ul>
            {canEdit && photos.length === 1 ? <p className="hint">{t("lastPhotoHint")}</p> : null}
          </>
        ) : (
          <p className="muted" data-testid="no-photos">
            {t("noPhotos")}
          </p>
        )}
        {canEdit && photos.length < PRODUCT_MAX_PHOTOS ? (
          <form action={addProductPhotos} className="form-stack" data-testid="add-photo-form">
            {ids}
            <PhotoInput
              id="e-photo"
              name="photo"
              label={photos.length ? t("addPhoto") : t("photo")}
              hint={t("photoHint")}
              labels={{
                type: t("photoErrors.type"),
                size: t("photoErrors.size"),
                chosen: t("photoChosen"),
                preparing: t("photoPreparing"),
              }}
              required
              data-testid="field-photo"
            />
            <SubmitButton className="button button-block" pendingLabel={tForm("working")} data-testid="upload-photo">
              {t("uploadPhoto")}
            </SubmitButton>
          </form>
        ) : null}
      </section>

      <section className="card" aria-labelledby="edit-title">
        <h2 id="edit-title">{t("editTitle")}</h2>
        <form action={updateProduct} className="form-stack" data-testid="edit-product-form">
          {ids}
          <div className={`field${bad.has("title") ? " field-error" : ""}`}>
            <label htmlFor="e-title">{t("title")}</label>
            <input
              id="e-title"
              name="title"
              required
              minLength={2}
              maxLength={200}
              defaultValue={product.title}
              data-testid="field-title"
            />
            {bad.has("title") ? <p className="field-message">{t("fieldErrors.title")}</p> : null}
          </div>
          <div className="field">
            <label htmlFor="e-description">{t("description")}</label>
            <textarea
              id="e-description"
              name="description"
              rows={4}
              maxLength={10000}
              defaultValue={product.description ?? ""}
              data-testid="field-description"
            />
          </div>

          <h3>{t("variantsTitle")}</h3>
          {bad.has("price_inr") || bad.has("price_usd") || bad.has("price_eur") || bad.has("stock") ? (
            <p className="field-message">{t("fieldErrors.variants")}</p>
          ) : null}
          <ul className="variant-editor" data-testid="variant-editor">
            {variants.map((v) => {
              const label = variantLabel(v)
              const stock = variantStock(v)
              const price = (code: "inr" | "usd" | "eur") => {
                const p = variantPrice(v, code)
                return p === null ? "" : String(p)
              }
              return (
                <li key={v.id} className="variant-row" data-testid="variant-row" data-variant-id={v.id}>
                  {label ? <p className="variant-name">{label}</p> : null}
                  <div className="form-row">
                    <div className="field">
                      <label htmlFor={`inr-${v.id}`}>{t("priceInr")}</label>
                      <input
                        id={`inr-${v.id}`}
                        name={`price_inr:${v.id}`}
                        type="text"
                        inputMode="decimal"
                        required
                        autoComplete="off"
                        defaultValue={price("inr")}
                        data-testid="variant-price-inr"
                      />
                    </div>
                    <div className="field">
                      <label htmlFor={`stock-${v.id}`}>{t("stockNow")}</label>
                      <input
                        id={`stock-${v.id}`}
                        name={`stock:${v.id}`}
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        defaultValue={String(stock.stocked)}
                        disabled={v.manage_inventory === false}
                        data-testid="variant-stock"
                      />
                      {stock.reserved > 0 ? (
                        <p className="hint">{t("reserved", { count: formatNumber(stock.reserved, locale) })}</p>
                      ) : null}
                    </div>
                  </div>
                  <details className="more">
                    <summary>{t("otherCurrencies")}</summary>
                    <div className="form-row">
                      <div className="field">
                        <label htmlFor={`usd-${v.id}`}>{t("priceUsd")}</label>
                        <input
                          id={`usd-${v.id}`}
                          name={`price_usd:${v.id}`}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          defaultValue={price("usd")}
                        />
                      </div>
                      <div className="field">
                        <label htmlFor={`eur-${v.id}`}>{t("priceEur")}</label>
                        <input
                          id={`eur-${v.id}`}
                          name={`price_eur:${v.id}`}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          defaultValue={price("eur")}
                        />
                      </div>
                    </div>
                  </details>
                </li>
              )
            })}
          </ul>
          {canEdit ? (
            <SubmitButton
              className="button button-large button-block"
              pendingLabel={tForm("working")}
              data-testid="save-product"
            >
              {t("save")}
            </SubmitButton>
          ) : null}
        </form>
      </section>

      <section className="card" id="wholesale" aria-labelledby="wholesale-title" data-testid="wholesale-terms-card">
        <h2 id="wholesale-title">{tw("title")}</h2>
        <p className="muted">{tw("intro")}</p>
        {termsSaved ? (
          <p className="notice notice-success" role="status" data-testid="wholesale-terms-saved">
            {tw("saved")}
          </p>
        ) : null}
        {termsError || termsFailure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="wholesale-terms-error"
            data-error={termsFailure?.kind ?? termsError}
          >
            {termsFailure
              ? termsFailure.text
              : tw(
                  termsError === "wholesale"
                    ? "errors.fields"
                    : termsError === "wholesaleForbidden"
                      ? "errors.forbidden"
                      : "errors.save"
                )}
          </p>
        ) : null}
        {!live ? <p className="hint">{tw("hiddenHint")}</p> : null}
        <form action={saveWholesaleTerms} className="form-stack" data-testid="wholesale-terms-form">
          {ids}
          <ul className="variant-editor">
            {variants.map((v) => {
              const label = variantLabel(v)
              const current = termsOf.get(v.id)
              const field = (key: "moq" | "pack" | "lead", value: string, labelText: string, hint?: string) => {
                const name = `${key}_${v.id}`
                return (
                  <div className={`field${badTerms.has(name) ? " field-error" : ""}`}>
                    <label htmlFor={name}>{labelText}</label>
                    <input
                      id={name}
                      name={name}
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      defaultValue={value}
                      aria-invalid={badTerms.has(name) || undefined}
                      data-testid={`terms-${key}`}
                    />
                    {hint ? <p className="hint">{hint}</p> : null}
                    {badTerms.has(name) ? <p className="field-message">{tw(`fieldErrors.${key}`)}</p> : null}
                  </div>
                )
              }
              return (
                <li key={v.id} className="variant-row" data-testid="terms-row" data-variant-id={v.id}>
                  <input type="hidden" name="variant_id" value={v.id} />
                  {label ? <p className="variant-name">{label}</p> : null}
                  <div className="form-row">
                    {field("moq", String(current?.min_order_quantity ?? 1), tw("moq"))}
                    {field("pack", String(current?.case_pack ?? 1), tw("pack"))}
                  </div>
                  {field(
                    "lead",
                    typeof current?.lead_time_days === "number" ? String(current.lead_time_days) : "",
                    tw("lead"),
                    tw("leadHint")
                  )}
                </li>
              )
            })}
          </ul>
          {canEdit ? (
            <SubmitButton
              className="button button-secondary button-block"
              pendingLabel={tForm("working")}
              data-testid="save-wholesale-terms"
            >
              {tw("save")}
            </SubmitButton>
          ) : null}
        </form>
      </section>

      {canEdit ? (
        <section className="card danger-zone">
          <details>
            <summary data-testid="delete-toggle">{t("deleteTitle")}</summary>
            <p>{t("deleteWarning")}</p>
            <form action={deleteProduct}>
              {ids}
              <SubmitButton
                className="button button-danger button-block"
                pendingLabel={tForm("working")}
                data-testid="delete-product"
              >
                {t("deleteConfirm")}
              </SubmitButton>
            </form>
          </details>
        </section>
      ) : null}
    </div>
  )
}
