import { Button, Input, Switch, Text } from "@medusajs/ui"
import { WEEKDAYS, WEEKDAY_NAMES, type OpeningHours, type Weekday } from "../lib/api"

type Props = { value: OpeningHours; onChange: (value: OpeningHours) => void }

const DEFAULT_RANGE: [string, string] = ["09:00", "18:00"]

/**
 * One row per weekday: closed, or open from–to (local time of the tool-house). A "to" at or before
 * "from" runs past midnight. Split days (a lunch break) get a second range.
 */
export const OpeningHoursEditor = ({ value, onChange }: Props) => {
  const set = (day: Weekday, ranges: [string, string][]) => onChange({ ...value, [day]: ranges })
  const copyToAll = (day: Weekday) =>
    onChange(Object.fromEntries(WEEKDAYS.map((d) => [d, (value[day] ?? []).map((r) => [...r])])) as OpeningHours)

  return (
    <div className="flex flex-col gap-2">
      {WEEKDAYS.map((day) => {
        const ranges = value[day] ?? []
        const open = ranges.length > 0
        return (
          <div key={day} className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b pb-2 last:border-b-0">
            <div className="flex w-36 items-center gap-2">
              <Switch
                id={`open-${day}`}
                checked={open}
                onCheckedChange={(on) => set(day, on ? [[...DEFAULT_RANGE]] : [])}
                aria-label={`${WEEKDAY_NAMES[day]} open`}
              />
              <label htmlFor={`open-${day}`}>
                <Text size="small" weight="plus">
                  {WEEKDAY_NAMES[day]}
                </Text>
              </label>
            </div>
            {!open && (
              <Text size="small" className="text-ui-fg-muted">
                Closed
              </Text>
            )}
            <div className="flex flex-col gap-1">
              {ranges.map(([from, to], i) => (
                <div key={i} className="flex items-center gap-1">
                  <Input
                    size="small"
                    type="time"
                    aria-label={`${WEEKDAY_NAMES[day]} opens`}
                    value={from}
                    onChange={(e) =>
                      set(
                        day,
                        ranges.map((r, j) => (j === i ? [e.target.value, r[1]] : r))
                      )
                    }
                  />
                  <Text size="small">to</Text>
                  <Input
                    size="small"
                    type="time"
                    aria-label={`${WEEKDAY_NAMES[day]} closes`}
                    value={to}
                    onChange={(e) =>
                      set(
                        day,
                        ranges.map((r, j) => (j === i ? [r[0], e.target.value] : r))
                      )
                    }
                  />
                  {to <= from && (
                    <Text size="xsmall" className="text-ui-fg-muted">
                      next day
                    </Text>
                  )}
                  {ranges.length > 1 && (
                    <Button
                      size="small"
                      variant="transparent"
                      type="button"
                      onClick={() =>
                        set(
                          day,
                          ranges.filter((_, j) => j !== i)
                        )
                      }
                    >
                      Remove
                    </Button>
                  )}
                </div>
              ))}
            </div>
            {open && (
              <div className="ml-auto flex gap-1">
                {ranges.length < 4 && (
                  <Button
                    size="small"
                    variant="transparent"
                    type="button"
                    onClick={() => set(day, [...ranges, ["14:00", "18:00"]])}
                  >
                    Add hours
                  </Button>
                )}
                <Button size="small" variant="transparent" type="button" onClick={() => copyToAll(day)}>
                  Copy to all days
                </Button>
              </div>
            )}
          </div>
        )
      })}
      <Text size="xsmall" className="text-ui-fg-muted">
        Local time of the tool-house. "00:00 to 00:00" is open all day; a closing time at or before the opening time
        runs past midnight.
      </Text>
    </div>
  )
}

/** All seven days, closed ones as [] (JSON columns merge on update: a day left out would keep its old hours). */
export const completeHours = (hours: OpeningHours): OpeningHours =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, (hours[d] ?? []).filter(([a, b]) => a && b)])) as OpeningHours
