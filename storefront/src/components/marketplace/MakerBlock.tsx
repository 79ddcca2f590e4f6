import Link from "next/link"
import type { AppLocale } from "@/i18n/locales"
import { storyExcerpt, storyFor, type PublicSeller } from "@/lib/sellers"
import { MakerAvatar } from "./MakerAvatar"

type Labels = { madeBy: string; meetMaker: string; craft: (craft: string) => string }

/** "Made by": the product's maker with the first lines of their story, linking to the maker page. */
export function MakerBlock({ seller, locale, labels }: { seller: PublicSeller; locale: AppLocale; labels: Labels }) {
  const story = storyFor(seller.story, locale)
  const href = `/${locale}/makers/${seller.handle}`
  const details = [[...new Set((seller.crafts ?? []).map(labels.craft))].join(", "), seller.area]
    .filter(Boolean)
    .join(" · ")
  return (
    <section
      className="maker-block"
      aria-labelledby="maker-block-title"
      data-testid="maker-block"
      data-handle={seller.handle}
    >
      <p className="eyebrow" id="maker-block-title">
        {labels.madeBy}
      </p>
      <div className="maker-block-head">
        <MakerAvatar name={seller.name} photoUrl={seller.photo_url} size="sm" />
        <div>
          <Link href={href} className="maker-block-name" data-testid="maker-link">
            {seller.name}
          </Link>
          {details ? <p className="muted">{details}</p> : null}
        </div>
      </div>
      {story ? <p lang={story.lang !== locale ? story.lang : undefined}>{storyExcerpt(story.text)}</p> : null}
      <Link href={href} className="text-link">
        {labels.meetMaker} →
      </Link>
    </section>
  )
}
