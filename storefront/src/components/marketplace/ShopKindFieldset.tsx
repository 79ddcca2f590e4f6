import type { getTranslations } from "next-intl/server"

type SellTranslator = Awaited<ReturnType<typeof getTranslations<"Sell">>>

const KINDS = ["artisan", "workshop"] as const

/** The "one maker or a workshop" radio choice, when opening a shop and on its profile. */
export function ShopKindFieldset({ t, defaultKind }: { t: SellTranslator; defaultKind: string }) {
  return (
    <fieldset className="choice-fieldset">
      <legend>{t("kind")}</legend>
      <div className="choice-list compact">
        {KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="kind"
              value={kind}
              defaultChecked={defaultKind === kind}
              data-testid={`kind-${kind}`}
            />
            <span className="choice-body">
              <span className="choice-title">{t(`kinds.${kind}`)}</span>
              <span className="muted">{t(`kindHints.${kind}`)}</span>
            </span>
            <span />
          </label>
        ))}
      </div>
    </fieldset>
  )
}
