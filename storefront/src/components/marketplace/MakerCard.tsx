import Link from "next/link"
import type { AppLocale } from "@/i18n/locales"
import { storyExcerpt, storyFor, type PublicSeller } from "@/lib/sellers"
import { MakerAvatar } from "./MakerAvatar"

type Labels = { craft: (craft: string) => string; kind: (kind: string) => string; verified: string }

/** A maker in the directory: photo or initials, name, crafts, area and the first lines of their story. */
export function MakerCard({ seller, locale, labels }: { seller: PublicSeller; locale: AppLocale; labels: Labels }) {
  const story = storyFor(seller.story, locale)
  const crafts = [...new Set((seller.crafts ?? []).map(labels.craft))]
  return (
    <li className="maker-card" data-testid="maker-card" data-handle={seller.handle}>
      <Link href={`/${locale}/makers/${seller.handle}`}>
        <span className="maker-card-head">
          <MakerAvatar name={seller.name} photoUrl={seller.photo_url} />
          <span className="maker-card-id">
            <strong className="maker-card-name">{seller.name}</strong>
            <span className="muted">
              {[seller.kind ? labels.kind(seller.kind) : null, seller.area].filter(Boolean).join(" · ")}
            </span>
            {seller.verification_status === "verified" ? (
              <span className="pill pill-verified">✓ {labels.verified}</span>
            ) : null}
          </span>
        </span>
        {crafts.length ? (
          <span className="craft-tags">
            {crafts.map((c) => (
              <span key={c} className="craft-tag">
                {c}
              </span>
            ))}
          </span>
        ) : null}
        {story ? (
          <span className="maker-card-story" lang={story.lang !== locale ? story.lang : undefined}>
            {storyExcerpt(story.text, 140)}
          </span>
        ) : null}
      </Link>
    </li>
  )
}
