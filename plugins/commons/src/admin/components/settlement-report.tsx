import { Container, Heading, Text } from "@medusajs/ui"
import { formatMoney, formatNumber } from "../lib/api"
import type { Pledge, Pool, Report } from "../lib/pools"

const Figure = ({ label, value, tone }: { label: string; value: string; tone?: "error" }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="large" weight="plus" className={tone === "error" ? "text-ui-fg-error" : undefined}>
      {value}
    </Text>
  </div>
)

/** The settlement: what was decided, captured and let go; failed captures with their reasons (the job retries them). */
export const SettlementReport = ({ pool, report, pledges }: { pool: Pool; report: Report; pledges: Pledge[] }) => {
  const failed = pledges.filter((p) => p.status === "capture_failed")
  const money = (n: number | null) => formatMoney(n, pool.currency_code)
  const decided = pool.final_quantity != null
  return (
    <Container className="flex flex-col gap-4">
      <div>
        <Heading level="h2">Settlement</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {pool.status === "failed" &&
            `The pool closed below its minimum of ${formatNumber(pool.min_quantity)} ${pool.unit}: every authorisation was let go.`}
          {pool.status === "succeeded" &&
            "Decided; some pledges are not captured yet. The settlement job retries failed captures every minute, or settle now."}
          {pool.status === "settled" && "Every pledge is captured and has its order."}
          {pool.status === "cancelled" && "Cancelled: every authorisation was let go."}
          {(pool.status === "open" || pool.status === "draft") &&
            "Not decided yet: the figures below are the live pledges."}
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {decided && <Figure label="Final quantity" value={`${formatNumber(pool.final_quantity)} ${pool.unit}`} />}
        {decided && <Figure label="Final unit price" value={money(pool.final_unit_price)} />}
        <Figure label="Live pledges" value={formatNumber(report.live)} />
        <Figure label="Captured" value={formatNumber(report.captured)} />
        <Figure
          label="Capture failed"
          value={formatNumber(report.capture_failed)}
          tone={report.capture_failed ? "error" : undefined}
        />
        <Figure label="Released" value={formatNumber(report.released)} />
        <Figure label="Withdrawn" value={formatNumber(report.withdrawn)} />
        <Figure label="Amount due" value={money(report.amount_due)} />
        <Figure label="Amount captured" value={money(report.amount_captured)} />
      </div>
      {!!failed.length && (
        <div className="flex flex-col gap-1">
          <Text size="small" weight="plus">
            Failed captures
          </Text>
          <ul className="flex flex-col gap-1">
            {failed.map((p) => (
              <li key={p.id} className="txt-compact-small">
                <span className="font-mono">{p.customer_id}</span>: {money(p.amount_due)} —{" "}
                <span className="text-ui-fg-error">{p.last_error ?? "no reason given"}</span>
                {` (${p.capture_attempts} attempt${p.capture_attempts === 1 ? "" : "s"})`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Container>
  )
}
