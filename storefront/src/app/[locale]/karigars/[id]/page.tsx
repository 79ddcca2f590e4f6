import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { formatDay, SkillTags, wageText } from "@/components/jobs/JobParts"
import { MakerAvatar } from "@/components/marketplace/MakerAvatar"
import { toAppLocale } from "@/i18n/routing"
import { getKarigar, getTradesOrEmpty } from "@/lib/data/jobs"
import { formatNumber, numberLocale } from "@/lib/money"
import { TradeNamesFailure } from "@/components/jobs/TradeNamesFailure"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  const [karigar, t] = await Promise.all([
    getKarigar(id),
    getTranslations({ locale: toAppLocale(locale), namespace: "Jobs" }),
  ])
  // Profiles are for employers on the platform, not for search engines.
  return { title: karigar?.name ?? t("karigarPage.title"), robots: { index: false } }
}

/** A karigar's public profile: skills with levels, experience, languages, area, availability, wage, story and work photos. Never contact details. */
export default async function KarigarPage({ params }: Props) {
  const { locale: raw, id } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const [karigar, catalogue, t] = await Promise.all([
    getKarigar(id),
    getTradesOrEmpty(),
    getTranslations({ locale, namespace: "Jobs" }),
  ])
  if (!karigar) notFound()
  const languageName = new Intl.DisplayNames([numberLocale(locale)], { type: "language" })
  const available = karigar.available_tomorrow
    ? t("karigarPage.availableTomorrow")
    : karigar.available_from && new Date(karigar.available_from).getTime() > Date.now()
      ? t("karigarPage.availableFrom", { date: formatDay(karigar.available_from, locale) })
      : t("karigarPage.availableNow")

  return (
    <div className="container section narrow karigar-profile">
      <p>
        <Link href={`/${locale}/jobs`} className="text-link">
          ← {t("back")}
        </Link>
      </p>
      <header className="maker-profile">
        <MakerAvatar name={karigar.name} photoUrl={karigar.photo_url} size="lg" />
        <div>
          <h1 data-testid="karigar-name">{karigar.name}</h1>
          <p className="muted" data-testid="karigar-experience">
            {t("karigarPage.experience", { count: karigar.years_experience })} · {karigar.area}
          </p>
        </div>
      </header>
      <TradeNamesFailure catalogue={catalogue} locale={locale} />

      <section className="card" aria-labelledby="k-skills">
        <h2 id="k-skills">{t("karigarPage.skills")}</h2>
        <SkillTags skills={karigar.skills} catalogue={catalogue} locale={locale} withLevel />
        <dl className="job-facts">
          <div>
            <dt>{t("karigarPage.available")}</dt>
            <dd data-testid="karigar-available">{available}</dd>
          </div>
          {karigar.expected_wage ? (
            <div>
              <dt>{t("karigarPage.wage")}</dt>
              <dd>{await wageText(karigar.expected_wage, karigar.wage_period, locale)}</dd>
            </div>
          ) : null}
          {karigar.languages.length ? (
            <div>
              <dt>{t("karigarPage.languages")}</dt>
              <dd>{karigar.languages.map((l) => languageName.of(l) ?? l).join(", ")}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("karigarPage.area")}</dt>
            <dd>{karigar.area}</dd>
          </div>
        </dl>
      </section>

      {karigar.story ? (
        <section className="card" aria-labelledby="k-story">
          <h2 id="k-story">{t("karigarPage.story")}</h2>
          <p className="maker-story" data-testid="karigar-story">
            {karigar.story}
          </p>
        </section>
      ) : null}

      {karigar.portfolio_urls.length ? (
        <section className="card" aria-labelledby="k-work">
          <h2 id="k-work">{t("karigarPage.portfolio")}</h2>
          <ul className="portfolio-grid" data-testid="karigar-portfolio">
            {karigar.portfolio_urls.map((url, i) => (
              <li key={url}>
                <img
                  src={url}
                  alt={t("karigarPage.workAlt", { name: karigar.name, n: formatNumber(i + 1, locale) })}
                  width={160}
                  height={160}
                  loading="lazy"
                  decoding="async"
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="muted">{t("karigarPage.contactNote")}</p>
    </div>
  )
}
