import { StatusBadge, Text } from "@medusajs/ui"
import { REPORT_REASON, REPORT_STATUS, type Report } from "../lib/jobs"

/** Why it was reported, with the reporter's words. */
export const ReportReason = ({ report }: { report: Report }) => (
  <>
    <Text size="small" weight="plus">
      {REPORT_REASON[report.reason]}
    </Text>
    {report.details && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {report.details}
      </Text>
    )}
  </>
)

/** Open, dismissed or actioned, with the moderator's note. */
export const ReportStatus = ({ report }: { report: Report }) => (
  <>
    <StatusBadge color={REPORT_STATUS[report.status].color}>{REPORT_STATUS[report.status].label}</StatusBadge>
    {report.resolution_note && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {report.resolution_note}
      </Text>
    )}
  </>
)
