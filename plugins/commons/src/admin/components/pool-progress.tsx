import { Text, Tooltip } from "@medusajs/ui"
import { formatMoney, formatNumber } from "../lib/api"
import type { Pool } from "../lib/pools"

const pct = (n: number, of: number) => `${Math.max(0, Math.min(100, (n / Math.max(1, of)) * 100))}%`

/**
 * Pledged units against the pool's maximum (the bar's full width): the minimum it needs to succeed
 * as a line, each price tier as a mark. Green once the minimum is reached.
 */
export const PoolProgress = ({ pool, compact = false }: { pool: Pool; compact?: boolean }) => {
  const { pledged, reached_minimum, current_unit_price, next_tier } = pool.progress
  const quantity = pool.final_quantity ?? pledged
  const tiers = pool.tiers.filter((t) => t.min_quantity > 0 && t.min_quantity <= pool.max_quantity)
  return (
    <div className="flex min-w-48 flex-col gap-1">
      <div
        className="relative h-2.5 w-full overflow-visible rounded-full bg-ui-bg-switch-off"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={pool.max_quantity}
        aria-valuenow={quantity}
        aria-label={`${quantity} of at most ${pool.max_quantity} ${pool.unit} pledged; ${pool.min_quantity} needed`}
      >
        <div
          className={`h-full rounded-full ${reached_minimum ? "bg-ui-tag-green-icon" : "bg-ui-tag-blue-icon"}`}
          style={{ width: pct(quantity, pool.max_quantity) }}
        />
        {tiers.map((t) => (
          <Tooltip
            key={t.min_quantity}
            content={`${formatNumber(t.min_quantity)}+ ${pool.unit}: ${formatMoney(t.unit_price, pool.currency_code)} each`}
          >
            <span
              className="absolute -top-1 w-0.5 bg-ui-fg-muted"
              style={{ left: pct(t.min_quantity, pool.max_quantity), height: "1.125rem" }}
            />
          </Tooltip>
        ))}
        <Tooltip content={`Minimum: ${formatNumber(pool.min_quantity)} ${pool.unit}`}>
          <span
            className="absolute -top-1.5 w-1 rounded bg-ui-tag-red-icon"
            style={{ left: pct(pool.min_quantity, pool.max_quantity), height: "1.375rem" }}
          />
        </Tooltip>
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {formatNumber(quantity)} / {formatNumber(pool.max_quantity)} {pool.unit} · minimum{" "}
        {formatNumber(pool.min_quantity)}
        {!compact && ` · now ${formatMoney(pool.final_unit_price ?? current_unit_price, pool.currency_code)} each`}
        {!compact &&
          next_tier &&
          pool.status === "open" &&
          ` · ${formatNumber(next_tier.missing)} more for ${formatMoney(next_tier.unit_price, pool.currency_code)}`}
      </Text>
    </div>
  )
}
