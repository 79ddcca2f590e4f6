import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ShopKindFieldset } from "@/components/marketplace/ShopKindFieldset"
import { ShopNameFields } from "@/components/marketplace/ShopNameFields"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { openShop } from "@/lib/actions/seller"
import { requireVendor } from "@/lib/data/vendor"
import { CRAFTS } from "@/lib/sellers"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS = ["name", "handle", "fields", "failed"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Sell" })
  return { title: t("shopTitle"), robots: { index: false } }
}

export default async function OpenShopPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const me = await requireVendor(locale, `/${locale}/sell/shop`)
  const query = await searchParams
  const [t, tCrafts, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Sell" }),
    getTranslations({ locale, namespace: "Crafts" }),
    getTranslations({ locale, namespace: "Form" }),
  ])
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  // A first shop is usually named after its maker; a digi-preneur opening another starts blank.
  const initialName = me.memberships.length ? "" : me.user.name

  return (
    <div className="container section narrow">
      <div className="card">
        <h1 data-testid="open-shop-title">{t("shopTitle")}</h1>
        <p className="hint signed-in-as">{t("signedInAs", { email: me.user.email })}</p>
        <p className="muted">{t("shopIntro")}</p>
        {error || failure ? (
          <p className="notice notice-error" role="alert" data-testid="shop-error" data-error={failure?.kind ?? error}>
            {failure ? failure.text : t(`shopErrors.${error!}`)}
          </p>
        ) : null}
        <form action={openShop} className="form-stack" data-testid="open-shop-form">
          <input type="hidden" name="locale" value={locale} />
          <ShopNameFields
            initialName={initialName}
            previewPrefix={`/${locale}/makers/`}
            labels={{
              name: t("shopName"),
              nameHint: t("shopNameHint"),
              handle: t("handle"),
              handleHint: t("handleHint"),
            }}
          />

          <ShopKindFieldset t={t} defaultKind="artisan" />

          <fieldset className="choice-fieldset">
            <legend>{t("crafts")}</legend>
            <div className="check-grid">
              {CRAFTS.map((craft) => (
                <label key={craft} className="check">
                  <input type="checkbox" name="crafts" value={craft} data-testid={`craft-${craft}`} />
                  <span>{tCrafts(craft)}</span>
                </label>
              ))}
            </div>
            <div className="field">
              <label htmlFor="s-other">{t("otherCrafts")}</label>
              <input id="s-other" name="other_crafts" maxLength={300} data-testid="field-other-crafts" />
            </div>
          </fieldset>

          <div className="field">
            <label htmlFor="s-area">{t("area")}</label>
            <input id="s-area" name="area" maxLength={80} aria-describedby="s-area-hint" data-testid="field-area" />
            <p className="hint" id="s-area-hint">
              {t("areaHint")}
            </p>
          </div>

          <div className="field">
            <label htmlFor="s-story">{t("story")}</label>
            <textarea
              id="s-story"
              name="story"
              rows={6}
              maxLength={4000}
              aria-describedby="s-story-hint"
              data-testid="field-story"
            />
            <p className="hint" id="s-story-hint">
              {t("storyHint")}
            </p>
          </div>

          <SubmitButton
            className="button button-large button-block"
            pendingLabel={tForm("working")}
            data-testid="open-shop-submit"
          >
            {t("submitShop")}
          </SubmitButton>
          <p className="hint">{t("approvalNote")}</p>
        </form>
      </div>
    </div>
  )
}
