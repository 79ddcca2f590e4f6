import { Button, Checkbox, Drawer, Heading, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { attempt, call } from "../lib/api"
import { REPORT_REASON, type Report } from "../lib/jobs"

type Resolution = "dismissed" | "actioned"

/**
 * Resolves an open report: dismissed (nothing wrong), or actioned, optionally removing the post in
 * the same step. The note stays with the report.
 */
export const ResolveReport = ({
  report,
  postTitle,
  postRemoved,
  onDone,
}: {
  report: Report
  postTitle: string
  postRemoved: boolean
  onDone: () => void
}) => {
  const [open, setOpen] = useState<Resolution | null>(null)
  const [note, setNote] = useState("")
  const [removePost, setRemovePost] = useState(true)
  const [busy, setBusy] = useState(false)
  if (report.status !== "open") return null

  const start = (status: Resolution) => {
    setNote("")
    setRemovePost(!postRemoved)
    setOpen(status)
  }
  const resolve = async () => {
    if (!open) return
    setBusy(true)
    const remove_post = open === "actioned" && removePost && !postRemoved
    const result = await attempt(
      () =>
        call(`/admin/jobs/reports/${report.id}`, {
          method: "POST",
          body: { status: open, note: note.trim() || null, remove_post },
        }),
      open === "dismissed"
        ? "Report dismissed"
        : remove_post
          ? "Report actioned and the post removed"
          : "Report actioned"
    )
    setBusy(false)
    if (result) setOpen(null)
    onDone()
  }

  return (
    <div className="flex gap-2">
      <Button size="small" variant="secondary" onClick={() => start("dismissed")}>
        Dismiss
      </Button>
      <Button size="small" variant="danger" onClick={() => start("actioned")}>
        Action
      </Button>
      <Drawer open={open !== null} onOpenChange={(o) => !o && setOpen(null)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{open === "dismissed" ? "Dismiss the report" : "Act on the report"}</Heading>
            </Drawer.Title>
            <Drawer.Description className="sr-only">Resolve a report about a job post</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-3">
            <Text size="small">
              "{postTitle}": <strong>{REPORT_REASON[report.reason]}</strong>
              {report.details ? ` — ${report.details}` : ""}
            </Text>
            {open === "actioned" &&
              (postRemoved ? (
                <Text size="small" className="text-ui-fg-subtle">
                  The post is already removed.
                </Text>
              ) : (
                <div className="flex items-center gap-2">
                  <Checkbox id="remove-post" checked={removePost} onCheckedChange={(v) => setRemovePost(v === true)} />
                  <Label htmlFor="remove-post" size="small">
                    Remove the post too (always for posts that ask workers for money)
                  </Label>
                </div>
              ))}
            <Label htmlFor="resolution-note" size="small" weight="plus">
              Note
            </Label>
            <Textarea
              id="resolution-note"
              rows={4}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={
                open === "dismissed"
                  ? "For example: called the employer, the wage is as posted."
                  : "For example: the employer asked for a ₹300 registration fee."
              }
            />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                Cancel
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              variant={open === "dismissed" ? "primary" : "danger"}
              isLoading={busy}
              onClick={resolve}
            >
              {open === "dismissed" ? "Dismiss" : "Action"}
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </div>
  )
}
