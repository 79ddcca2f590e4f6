import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { inviteMember, revokeMember } from "@/lib/actions/shop"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { describe, kindOf } from "@/lib/data/errors"
import { listAuditLog, listShopMembers, listVendorProducts, type SellerRole } from "@/lib/data/vendor"
import { auditMessageKey, auditSubject, sortMembers, type AuditEntry, type ShopMember } from "@/lib/members"
import { formatNumber, numberLocale } from "@/lib/money"
import { fieldsFromQuery } from "@/lib/shop-profile"
import { oneOf } from "@/lib/query"
import { LoadFailure } from "@/components/LoadFailure"
import { failureNotice } from "@/lib/failure-text"

type Props = ShopPageProps

const SAVED = ["invited", "revoked"] as const
const INVITE_ERRORS = ["fields", "noAccount", "hasDigipreneur", "self", "owner", "forbidden", "save"] as const
const MEMBER_ERRORS = ["lastOwner", "gone"] as const
const INVITE_FIELDS = ["email", "role", "share"] as const
const ROLES: readonly SellerRole[] = ["owner", "staff", "digipreneur"]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Members" })
  return { title: t("title"), robots: { index: false } }
}

/** Owner only: who can manage the shop, inviting and removing them, and who did what (the audit log). */
export default async function MembersPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, "/members")
  const query = await searchParams
  const [t, tDash, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Members" }),
    getTranslations({ locale, namespace: "Dashboard" }),
    getTranslations({ locale, namespace: "Form" }),
  ])

  if (membership.role !== "owner") {
    return (
      <div className="container section narrow">
        <ShopHeader locale={locale} me={me} membership={membership} active="members" />
        <section className="card" data-testid="members-owner-only">
          <h2>{t("title")}</h2>
          <p>{t("ownerOnly")}</p>
          <p className="muted">{t("ownerOnlyAsk")}</p>
          <Link href={base} className="button button-secondary">
            ← {t("backToShop")}
          </Link>
        </section>
      </div>
    )
  }

  const [membersResult, auditResult, productsResult] = await Promise.allSettled([
    listShopMembers(sellerId),
    listAuditLog(sellerId, 50),
    listVendorProducts(sellerId, 1, 100),
  ])
  for (const r of [membersResult, auditResult, productsResult]) {
    if (r.status === "rejected") console.error("[members] load failed:", describe(r.reason))
  }
  const members: ShopMember[] = membersResult.status === "fulfilled" ? membersResult.value : []
  const audit: AuditEntry[] = auditResult.status === "fulfilled" ? auditResult.value : []
  const productTitles = new Map(
    productsResult.status === "fulfilled" ? productsResult.value.products.map((p) => [p.id, p.title]) : []
  )
  const people = new Map(members.map((m) => [m.user?.id ?? "", m.user?.name || m.user?.email || ""]))
  const { active, former } = sortMembers(members)

  const saved = oneOf(query.saved, SAVED)
  const inviteError = oneOf(query.error, INVITE_ERRORS)
  const memberError = oneOf(query.error, MEMBER_ERRORS)
  // A failure kind goes beside the form that failed: the members list (`for=members`) or the invite form.
  const failure = await failureNotice(locale, query)
  const memberFailure = query.for === "members" ? failure : null
  const inviteFailure = query.for === "members" ? null : failure
  const bad = fieldsFromQuery(query.fields, INVITE_FIELDS)
  const when = new Intl.DateTimeFormat(numberLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Kolkata",
  })
  const day = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const roleLabel = (role: unknown) =>
    (ROLES as readonly unknown[]).includes(role) ? tDash(`role.${role as SellerRole}`) : null
  const nameOf = (m: ShopMember) => m.user?.name || m.user?.email || t("someone")
  const share = (m: ShopMember) => formatNumber(Number(m.revenue_share ?? 0), locale)

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="members" />

      {saved ? (
        <p className="notice notice-success" role="status" data-testid="members-saved" data-saved={saved}>
          {t(`saved.${saved}`)}
        </p>
      ) : null}
      {memberError || memberFailure ? (
        <p
          className="notice notice-error"
          role="alert"
          data-testid="members-error"
          data-error={memberFailure?.kind ?? memberError}
        >
          {memberFailure ? memberFailure.text : t(`errors.${memberError!}`)}
        </p>
      ) : null}

      <section className="card" id="members" aria-labelledby="members-title">
        <h2 id="members-title">{t("title")}</h2>
        <p className="muted">{t("intro")}</p>
        {membersResult.status === "rejected" ? (
          <LoadFailure kind={kindOf(membersResult.reason)}>{t("loadError")}</LoadFailure>
        ) : (
          <ul className="member-list" data-testid="member-list">
            {active.map((m) => {
              const isMe = m.user?.id === me.user.id
              return (
                <li
                  key={m.id}
                  className="member-row"
                  data-testid="member-row"
                  data-email={m.user?.email ?? ""}
                  data-role={m.role}
                >
                  <div className="member-main">
                    <strong>
                      {nameOf(m)}
                      {isMe ? ` ${t("you")}` : ""}
                    </strong>
                    {m.user?.email ? <span className="muted member-email">{m.user.email}</span> : null}
                    <span className="shop-pills">
                      <span
                        className={`pill ${m.role === "owner" ? "pill-status-active" : "pill-neutral"}`}
                        data-testid="member-role"
                      >
                        {roleLabel(m.role) ?? m.role}
                      </span>
                      {m.role === "digipreneur" ? (
                        <span
                          className="pill pill-status-pending"
                          data-testid="member-share"
                          data-share={String(m.revenue_share ?? 0)}
                        >
                          {t("share", { share: share(m) })}
                        </span>
                      ) : null}
                    </span>
                    {m.created_at ? (
                      <span className="hint">{t("since", { date: day.format(new Date(m.created_at)) })}</span>
                    ) : null}
                  </div>
                  {!isMe ? (
                    <details className="danger-zone member-revoke">
                      <summary data-testid="revoke-toggle">{t("revoke")}</summary>
                      <p>{t("revokeWarning", { name: nameOf(m) })}</p>
                      <form action={revokeMember}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="seller_id" value={sellerId} />
                        <input type="hidden" name="member_id" value={m.id} />
                        <SubmitButton
                          className="button button-danger button-block"
                          pendingLabel={tForm("working")}
                          data-testid="revoke-confirm"
                        >
                          {t("revokeConfirm")}
                        </SubmitButton>
                      </form>
                    </details>
                  ) : null}
                </li>
              )
            })}
          </ul>
        )}
        {former.length ? (
          <details className="more">
            <summary>{t("formerTitle", { count: former.length })}</summary>
            <ul className="member-list" data-testid="former-members">
              {former.map((m) => (
                <li key={m.id} className="member-row member-former">
                  <div className="member-main">
                    <strong>{nameOf(m)}</strong>
                    <span className="muted">
                      {roleLabel(m.role) ?? m.role}
                      {m.revoked_at ? ` · ${t("removedOn", { date: day.format(new Date(m.revoked_at)) })}` : ""}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section className="card" id="invite" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("inviteTitle")}</h2>
        <p className="muted">{t("inviteIntro")}</p>
        {inviteError || inviteFailure ? (
          <div
            className="notice notice-error"
            role="alert"
            data-testid="invite-error"
            data-error={inviteFailure?.kind ?? inviteError}
          >
            <p>{inviteFailure ? inviteFailure.text : t(`errors.${inviteError!}`)}</p>
            {inviteError === "noAccount" ? (
              <p>
                <Link href={`/${locale}/sell`} className="text-link">
                  {t("signUpPage")} →
                </Link>
              </p>
            ) : null}
          </div>
        ) : null}
        <form action={inviteMember} className="form-stack invite-form" data-testid="invite-form">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="seller_id" value={sellerId} />
          <div className={`field${bad.has("email") ? " field-error" : ""}`}>
            <label htmlFor="m-email">{t("email")}</label>
            <input
              id="m-email"
              name="email"
              type="email"
              required
              autoComplete="off"
              aria-describedby="m-email-hint"
              aria-invalid={bad.has("email") || undefined}
              data-testid="invite-email"
            />
            <p className="hint" id="m-email-hint">
              {t("emailHint")}
            </p>
            {bad.has("email") ? <p className="field-message">{t("fieldErrors.email")}</p> : null}
          </div>
          <fieldset className="choice-fieldset">
            <legend>{t("roleTitle")}</legend>
            <div className="choice-list compact">
              {(["staff", "digipreneur"] as const).map((role) => (
                <label key={role} className="choice">
                  <input
                    type="radio"
                    name="role"
                    value={role}
                    defaultChecked={role === "staff"}
                    data-testid={`invite-role-${role}`}
                  />
                  <span className="choice-body">
                    <span className="choice-title">{tDash(`role.${role}`)}</span>
                    <span className="muted">{t(`roleHints.${role}`)}</span>
                  </span>
                  <span />
                </label>
              ))}
            </div>
            {bad.has("role") ? <p className="field-message">{t("fieldErrors.role")}</p> : null}
          </fieldset>
          <div className={`field share-field${bad.has("share") ? " field-error" : ""}`}>
            <label htmlFor="m-share">{t("shareLabel")}</label>
            <input
              id="m-share"
              name="share"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              placeholder="5"
              aria-describedby="m-share-hint"
              aria-invalid={bad.has("share") || undefined}
              data-testid="invite-share"
            />
            <p className="hint" id="m-share-hint">
              {t("shareHint")}
            </p>
            {bad.has("share") ? <p className="field-message">{t("fieldErrors.share")}</p> : null}
          </div>
          <SubmitButton
            className="button button-large button-block"
            pendingLabel={tForm("working")}
            data-testid="invite-submit"
          >
            {t("inviteSubmit")}
          </SubmitButton>
        </form>
      </section>

      <section className="card" id="activity" aria-labelledby="activity-title">
        <h2 id="activity-title">{t("auditTitle")}</h2>
        <p className="muted">{t("auditIntro")}</p>
        {auditResult.status === "rejected" ? (
          <LoadFailure kind={kindOf(auditResult.reason)}>{t("loadError")}</LoadFailure>
        ) : audit.length ? (
          <ol className="audit-list" data-testid="audit-log">
            {audit.map((entry) => {
              const subject = auditSubject(entry)
              const about =
                subject?.kind === "product"
                  ? productTitles.get(subject.id)
                  : subject?.kind === "member" && subject.userId
                    ? [people.get(subject.userId), roleLabel(entry.details?.role)].filter(Boolean).join(" · ")
                    : null
              const who = entry.user?.name || entry.user?.email || t("someone")
              return (
                <li key={entry.id} className="audit-entry" data-testid="audit-entry" data-action={entry.action}>
                  <p className="audit-what">{t(`audit.${auditMessageKey(entry.action)}`, { name: who })}</p>
                  {about ? <p className="audit-about">{about}</p> : null}
                  <p className="hint">
                    <time dateTime={new Date(entry.created_at).toISOString()}>
                      {when.format(new Date(entry.created_at))}
                    </time>
                    {roleLabel(entry.role) ? ` · ${roleLabel(entry.role)}` : ""}
                  </p>
                </li>
              )
            })}
          </ol>
        ) : (
          <p className="muted" data-testid="audit-empty">
            {t("auditEmpty")}
          </p>
        )}
      </section>
    </div>
  )
}
