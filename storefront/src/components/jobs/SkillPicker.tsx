import type { AppLocale } from "@/i18n/locales"
import { levelFor, tradesByGroup, type Skill, type TradeCatalogue } from "@/lib/jobs"
import { TradeIcon } from "./TradeIcon"

type Props = {
  catalogue: TradeCatalogue
  locale: AppLocale
  selected: readonly Skill[]
  legend: string
  hint: string
  /** The empty choice: "not this trade". */
  noneLabel: string
  groupLabel: (group: string) => string
  error?: string | null
}

/**
 * Trades with a level each (`skill_<trade>` = learner | skilled | master, empty for none), grouped by
 * kind of work. Each group folds away (a native `<details>`, no JavaScript); groups with a choice open.
 */
export function SkillPicker({ catalogue, locale, selected, legend, hint, noneLabel, groupLabel, error }: Props) {
  const groups = tradesByGroup(catalogue)
  return (
    <fieldset
      className={`choice-fieldset skill-picker${error ? " field-error" : ""}`}
      aria-describedby={`skills-hint${error ? " skills-error" : ""}`}
    >
      <legend>{legend}</legend>
      <p className="hint" id="skills-hint">
        {hint}
      </p>
      {error ? (
        <p className="field-message" id="skills-error" role="alert">
          {error}
        </p>
      ) : null}
      {groups.map(({ group, trades }, i) => {
        const chosen = trades.filter((t) => levelFor(selected, t.code)).length
        return (
          <details
            key={group}
            className="skill-group"
            open={chosen > 0 || (i === 0 && selected.length === 0)}
            data-testid={`skill-group-${group}`}
          >
            <summary>
              <TradeIcon group={group} size={22} className="trade-icon-small" />
              <span>{groupLabel(group)}</span>
              {chosen ? <span className="badge">{chosen}</span> : null}
            </summary>
            <ul className="skill-rows">
              {trades.map((t) => (
                <li key={t.code} className="skill-row">
                  <label htmlFor={`skill-${t.code}`}>
                    <TradeIcon trade={t.code} group={t.group} size={22} className="trade-icon-small" />
                    <span>{t.names[locale] || t.names.en}</span>
                  </label>
                  <select
                    id={`skill-${t.code}`}
                    name={`skill_${t.code}`}
                    defaultValue={levelFor(selected, t.code)}
                    data-testid={`skill-${t.code}`}
                  >
                    <option value="">{noneLabel}</option>
                    {catalogue.levels.map((l) => (
                      <option key={l.code} value={l.code}>
                        {l.names[locale] || l.names.en}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          </details>
        )
      })}
    </fieldset>
  )
}
