import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { MakerAvatar } from "@/components/marketplace/MakerAvatar"
import { PhotoInput } from "@/components/marketplace/PhotoInput"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { ShopKindFieldset } from "@/components/marketplace/ShopKindFieldset"
import { SubmitButton } from "@/components/SubmitButton"
import { locales } from "@/i18n/locales"
import { toAppLocale } from "@/i18n/routing"
import { updateShopPrivate, updateShopProfile } from "@/lib/actions/shop"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { getShopProfile } from "@/lib/data/vendor"
import { CRAFTS } from "@/lib/sellers"
import {
  AREA_MAX,
  craftsForForm,
  fieldsFromQuery,
  HTML_PATTERNS,
  NAME_MAX,
  payoutMethodOf,
  PRIVATE_FIELDS,
  PROFILE_FIELDS,
  STORY_MAX,
  type PrivateField,
  type ProfileField,
} from "@/lib/shop-profile"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = ShopPageProps

const SAVED = ["profile", "private"] as const
const ERRORS = ["fields", "save", "forbidden", "upload"] as const
const PHOTO_ERRORS = ["type", "size", "count", "upload"] as const
type Field = ProfileField | PrivateField

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "ShopProfile" })
  return { title: t("title"), robots: { index: false } }
}

/** The shop's profile: what buyers see (any member), and contact, documents and payout (the owner only). */
export default async function ShopProfilePage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, me, membership } = await openShopPage(raw, sellerId, "/profile")
  const query = await searchParams
  const [t, tSell, tCrafts, tForm, tLocales, tProduct, profile] = await Promise.all([
    getTranslations({ locale, namespace: "ShopProfile" }),
    getTranslations({ locale, namespace: "Sell" }),
    getTranslations({ locale, namespace: "Crafts" }),
    getTranslations({ locale, namespace: "Form" }),
    getTranslations({ locale, namespace: "Locales" }),
    getTranslations({ locale, namespace: "SellerProduct" }),
    getShopProfile(sellerId),
  ])

  if (!profile) {
    return (
      <div className="container section narrow">
        <ShopHeader locale={locale} me={me} membership={membership} active="profile" />
        <p className="notice notice-error" role="alert" data-testid="profile-load-error">
          {t("loadError")}
        </p>
      </div>
    )
  }

  const { seller, role } = profile
  const isOwner = role === "owner"
  const canEdit = membership.seller.status !== "suspended"
  const saved = oneOf(query.saved, SAVED)
  const error = oneOf(query.error, ERRORS)
  const bad = fieldsFromQuery<Field>(query.fields, [...PROFILE_FIELDS, ...PRIVATE_FIELDS])
  const errorSection = query.section === "private" ? "private" : "profile"
  const failure = await failureNotice(locale, query)
  const photoError = (PHOTO_ERRORS as readonly unknown[]).includes(query.photo)
    ? tProduct(`photoErrors.${query.photo as (typeof PHOTO_ERRORS)[number]}`)
    : bad.has("photo")
      ? t("fieldErrors.photo")
      : null
  const crafts = craftsForForm(seller.crafts)
  const story = seller.story?.[locale] ?? ""
  const otherStories = locales.filter((l) => l !== locale && seller.story?.[l]?.trim()).map((l) => tLocales(l))
  const payout = seller.payout_details ?? {}
  const method = payoutMethodOf(seller.payout_details)

  const errorText = (name: Field) =>
    bad.has(name) ? (
      <p className="field-message" id={`e-${name}`}>
        {t(`fieldErrors.${name}`)}
      </p>
    ) : null
  const invalid = (name: Field, hint?: string) => ({
    "aria-invalid": bad.has(name) || undefined,
    "aria-describedby": [hint, bad.has(name) ? `e-${name}` : null].filter(Boolean).join(" ") || undefined,
  })
  const cls = (name: Field) => `field${bad.has(name) ? " field-error" : ""}`
  const notice = (section: "profile" | "private") => {
    const mine = errorSection === section
    return (
      <>
        {saved === section ? (
          <p className="notice notice-success" role="status" data-testid="profile-saved" data-saved={section}>
            {t(`saved.${section}`)}
          </p>
        ) : null}
        {(error || failure) && mine ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="profile-error"
            data-error={failure?.kind ?? error}
          >
            {failure ? failure.text : error === "upload" ? tProduct("photoErrors.upload") : t(`errors.${error!}`)}
          </p>
        ) : null}
      </>
    )
  }

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="profile" />

      <section className="card" id="profile" aria-labelledby="profile-title">
        <h2 id="profile-title" data-testid="profile-title">
          {t("title")}
        </h2>
        <p className="muted">{t("intro")}</p>
        {notice("profile")}

        <form action={updateShopProfile} className="form-stack" data-testid="profile-form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="seller_id" value={sellerId} />

          <div className="photo-current">
            <MakerAvatar name={seller.name} photoUrl={seller.photo_url} size="lg" />
            <div>
              <p className="photo-current-title">{t("photoTitle")}</p>
              <p className="hint">{seller.photo_url ? t("photoHas") : t("photoNone")}</p>
            </div>
          </div>
          <PhotoInput
            id="s-photo"
            name="photo"
            label={seller.photo_url ? t("photoChange") : t("photoAdd")}
            hint={t("photoHint")}
            labels={{
              type: tProduct("photoErrors.type"),
              size: tProduct("photoErrors.size"),
              chosen: tProduct("photoChosen"),
              preparing: tProduct("photoPreparing"),
            }}
            error={photoError}
            data-testid="field-shop-photo"
          />
          {seller.photo_url ? (
            <label className="check">
              <input type="checkbox" name="remove_photo" value="1" data-testid="remove-shop-photo" />
              <span>{t("photoRemove")}</span>
            </label>
          ) : null}

          <div className={cls("name")}>
            <label htmlFor="s-name">{tSell("shopName")}</label>
            <input
              id="s-name"
              name="name"
              required
              minLength={2}
              maxLength={NAME_MAX}
              defaultValue={seller.name}
              {...invalid("name", "s-name-hint")}
              data-testid="field-shop-name"
            />
            <p className="hint" id="s-name-hint">
              {tSell("shopNameHint")}
            </p>
            {errorText("name")}
          </div>

          <ShopKindFieldset t={tSell} defaultKind={seller.kind ?? "artisan"} />

          <fieldset className="choice-fieldset">
            <legend>{tSell("crafts")}</legend>
            <div className="check-grid">
              {CRAFTS.map((craft) => (
                <label key={craft} className="check">
                  <input
                    type="checkbox"
                    name="crafts"
                    value={craft}
                    defaultChecked={crafts.checked.includes(craft)}
                    data-testid={`craft-${craft}`}
                  />
                  <span>{tCrafts(craft)}</span>
                </label>
              ))}
            </div>
            <div className={cls("crafts")}>
              <label htmlFor="s-other">{tSell("otherCrafts")}</label>
              <input
                id="s-other"
                name="other_crafts"
                maxLength={300}
                defaultValue={crafts.other}
                {...invalid("crafts")}
                data-testid="field-other-crafts"
              />
              {errorText("crafts")}
            </div>
          </fieldset>

          <div className={cls("area")}>
            <label htmlFor="s-area">{tSell("area")}</label>
            <input
              id="s-area"
              name="area"
              maxLength={AREA_MAX}
              defaultValue={seller.area ?? ""}
              {...invalid("area", "s-area-hint")}
              data-testid="field-area"
            />
            <p className="hint" id="s-area-hint">
              {tSell("areaHint")}
            </p>
            {errorText("area")}
          </div>

          <div className={cls("story")}>
            <label htmlFor="s-story">{t("storyLabel", { language: tLocales(locale) })}</label>
            <textarea
              id="s-story"
              name="story"
              rows={7}
              maxLength={STORY_MAX}
              lang={locale}
              defaultValue={story}
              {...invalid("story", "s-story-hint")}
              data-testid="field-story"
            />
            <p className="hint" id="s-story-hint">
              {tSell("storyHint")}{" "}
              {otherStories.length ? t("storyOther", { languages: otherStories.join(", ") }) : t("storyOnlyThis")}
            </p>
            {errorText("story")}
          </div>

          {canEdit ? (
            <SubmitButton
              className="button button-large button-block"
              pendingLabel={tForm("working")}
              data-testid="save-profile"
            >
              {t("saveProfile")}
            </SubmitButton>
          ) : null}
        </form>
      </section>

      {isOwner ? (
        <section className="card" id="private" aria-labelledby="private-title">
          <h2 id="private-title">{t("privateTitle")}</h2>
          <p className="muted">{t("privateIntro")}</p>
          {notice("private")}

          {/* The browser checks formats first (pattern, with our message as the title); the server checks again. */}
          <form action={updateShopPrivate} className="form-stack" data-testid="private-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="seller_id" value={sellerId} />

            <fieldset className="choice-fieldset">
              <legend>{t("contactTitle")}</legend>
              <p className="hint">{t("contactHint")}</p>
              <div className={cls("contact_phone")}>
                <label htmlFor="p-phone">{t("phone")}</label>
                <input
                  id="p-phone"
                  name="contact_phone"
                  type="tel"
                  inputMode="tel"
                  autoComplete="tel"
                  pattern={HTML_PATTERNS.phone}
                  title={t("fieldErrors.contact_phone")}
                  defaultValue={seller.contact?.phone ?? ""}
                  {...invalid("contact_phone")}
                  data-testid="field-contact-phone"
                />
                {errorText("contact_phone")}
              </div>
              <div className={cls("contact_whatsapp")}>
                <label htmlFor="p-whatsapp">{t("whatsapp")}</label>
                <input
                  id="p-whatsapp"
                  name="contact_whatsapp"
                  type="tel"
                  inputMode="tel"
                  pattern={HTML_PATTERNS.phone}
                  title={t("fieldErrors.contact_whatsapp")}
                  defaultValue={seller.contact?.whatsapp ?? ""}
                  {...invalid("contact_whatsapp")}
                  data-testid="field-contact-whatsapp"
                />
                {errorText("contact_whatsapp")}
              </div>
              <div className={cls("contact_email")}>
                <label htmlFor="p-email">{t("email")}</label>
                <input
                  id="p-email"
                  name="contact_email"
                  type="email"
                  autoComplete="email"
                  defaultValue={seller.contact?.email ?? ""}
                  {...invalid("contact_email")}
                  data-testid="field-contact-email"
                />
                {errorText("contact_email")}
              </div>
            </fieldset>

            <fieldset className="choice-fieldset">
              <legend>{t("documentsTitle")}</legend>
              <div className={cls("gst_number")}>
                <label htmlFor="p-gst">{t("gst")}</label>
                <input
                  id="p-gst"
                  name="gst_number"
                  autoCapitalize="characters"
                  autoCorrect="off"
                  spellCheck={false}
                  maxLength={20}
                  pattern={HTML_PATTERNS.gst_number}
                  title={t("fieldErrors.gst_number")}
                  placeholder="27ABCDE1234F1Z5"
                  defaultValue={seller.gst_number ?? ""}
                  {...invalid("gst_number", "p-gst-hint")}
                  data-testid="field-gst"
                />
                <p className="hint" id="p-gst-hint">
                  {t("gstHint")}
                </p>
                {errorText("gst_number")}
              </div>
              <div className={cls("artisan_card")}>
                <label htmlFor="p-card">{t("artisanCard")}</label>
                <input
                  id="p-card"
                  name="artisan_card"
                  maxLength={40}
                  autoCorrect="off"
                  spellCheck={false}
                  defaultValue={seller.artisan_card ?? ""}
                  {...invalid("artisan_card", "p-card-hint")}
                  data-testid="field-artisan-card"
                />
                <p className="hint" id="p-card-hint">
                  {t("artisanCardHint")}
                </p>
                {errorText("artisan_card")}
              </div>
            </fieldset>

            <fieldset className="choice-fieldset payout-fieldset" id="payout">
              <legend>{t("payoutTitle")}</legend>
              <p className="hint">{t("payoutHint")}</p>
              <div className="choice-list compact">
                {(["upi", "bank"] as const).map((m) => (
                  <label key={m} className="choice">
                    <input
                      type="radio"
                      name="payout_method"
                      value={m}
                      defaultChecked={method === m}
                      data-testid={`payout-${m}`}
                    />
                    <span className="choice-body">
                      <span className="choice-title">{t(`payoutMethods.${m}`)}</span>
                      <span className="muted">{t(`payoutMethodHints.${m}`)}</span>
                    </span>
                    <span />
                  </label>
                ))}
              </div>
              <div className="payout-upi form-stack">
                <div className={cls("upi_id")}>
                  <label htmlFor="p-upi">{t("upiId")}</label>
                  <input
                    id="p-upi"
                    name="upi_id"
                    autoCapitalize="none"
                    autoCorrect="off"
                    spellCheck={false}
                    inputMode="email"
                    maxLength={100}
                    pattern={HTML_PATTERNS.upi_id}
                    title={t("fieldErrors.upi_id")}
                    placeholder="name@bank"
                    defaultValue={payout.upi_id ?? ""}
                    {...invalid("upi_id")}
                    data-testid="field-upi"
                  />
                  {errorText("upi_id")}
                </div>
              </div>
              <div className="payout-bank form-stack">
                <div className={cls("account_name")}>
                  <label htmlFor="p-account-name">{t("accountName")}</label>
                  <input
                    id="p-account-name"
                    name="account_name"
                    maxLength={120}
                    autoComplete="name"
                    defaultValue={payout.account_name ?? ""}
                    {...invalid("account_name")}
                    data-testid="field-account-name"
                  />
                  {errorText("account_name")}
                </div>
                <div className={cls("account_number")}>
                  <label htmlFor="p-account-number">{t("accountNumber")}</label>
                  <input
                    id="p-account-number"
                    name="account_number"
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={24}
                    pattern={HTML_PATTERNS.account_number}
                    title={t("fieldErrors.account_number")}
                    defaultValue={payout.account_number ?? ""}
                    {...invalid("account_number")}
                    data-testid="field-account-number"
                  />
                  {errorText("account_number")}
                </div>
                <div className={cls("ifsc")}>
                  <label htmlFor="p-ifsc">{t("ifsc")}</label>
                  <input
                    id="p-ifsc"
                    name="ifsc"
                    autoCapitalize="characters"
                    autoCorrect="off"
                    spellCheck={false}
                    maxLength={14}
                    pattern={HTML_PATTERNS.ifsc}
                    title={t("fieldErrors.ifsc")}
                    placeholder="SBIN0001234"
                    defaultValue={payout.ifsc ?? ""}
                    {...invalid("ifsc", "p-ifsc-hint")}
                    data-testid="field-ifsc"
                  />
                  <p className="hint" id="p-ifsc-hint">
                    {t("ifscHint")}
                  </p>
                  {errorText("ifsc")}
                </div>
              </div>
            </fieldset>

            {canEdit ? (
              <SubmitButton
                className="button button-large button-block"
                pendingLabel={tForm("working")}
                data-testid="save-private"
              >
                {t("savePrivate")}
              </SubmitButton>
            ) : null}
          </form>
        </section>
      ) : (
        <p className="notice" data-testid="private-owner-only">
          {t("privateOwnerOnly")}
        </p>
      )}
    </div>
  )
}
