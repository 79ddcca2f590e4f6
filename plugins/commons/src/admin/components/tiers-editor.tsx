import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"

export type TierRow = { min_quantity: string; unit_price: string }

/** Price tiers as rows: from this many units (all pledges together), this price per unit. */
export const TiersEditor = ({
  rows,
  onChange,
  unit,
  currency,
}: {
  rows: TierRow[]
  onChange: (rows: TierRow[]) => void
  unit: string
  currency: string
}) => {
  const set = (i: number, key: keyof TierRow, value: string) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)))
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-[1fr_1fr_2rem] gap-2">
        <Text size="xsmall" className="text-ui-fg-muted">
          From ({unit || "units"}, pool total)
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          Unit price ({currency.toUpperCase()})
        </Text>
        <span />
        {rows.map((r, i) => (
          <div key={i} className="contents">
            <Input
              size="small"
              type="number"
              min={0}
              step={1}
              aria-label={`Tier ${i + 1} from quantity`}
              value={r.min_quantity}
              onChange={(e) => set(i, "min_quantity", e.target.value)}
            />
            <Input
              size="small"
              type="number"
              min={0}
              step="0.01"
              aria-label={`Tier ${i + 1} unit price`}
              value={r.unit_price}
              onChange={(e) => set(i, "unit_price", e.target.value)}
            />
            <IconButton
              size="small"
              variant="transparent"
              type="button"
              aria-label={`Remove tier ${i + 1}`}
              disabled={rows.length === 1}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              <Trash />
            </IconButton>
          </div>
        ))}
      </div>
      <div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          disabled={rows.length >= 10}
          onClick={() => onChange([...rows, { min_quantity: "", unit_price: "" }])}
        >
          Add tier
        </Button>
      </div>
    </div>
  )
}
