import { Button, Drawer, Heading, Label, Text, Textarea, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { attempt, call } from "../lib/api"
import type { Company, CompanyStatus } from "../lib/wholesale"

type Decision = "approved" | "rejected" | "suspended"

/** Which decisions the review route allows from each status. */
const ALLOWED: Record<CompanyStatus, Decision[]> = {
  pending: ["approved", "rejected"],
  approved: ["suspended"],
  rejected: ["approved"],
  suspended: ["approved"],
}

const DONE: Record<Decision, string> = {
  approved: "approved: its buyers are in the wholesale group",
  rejected: "rejected",
  suspended: "suspended: its buyers left the wholesale group",
}

/** Approve, reject (with a note) or suspend a company through the review route; errors show in a toast. */
export const ReviewActions = ({ company, onReviewed }: { company: Company; onReviewed: () => void }) => {
  const prompt = usePrompt()
  const [busy, setBusy] = useState(false)
  const [noteFor, setNoteFor] = useState<"rejected" | "suspended" | null>(null)
  const [note, setNote] = useState("")
  const allowed = ALLOWED[company.status] ?? []

  const review = async (status: Decision, reviewNote?: string) => {
    setBusy(true)
    const body = { status, note: reviewNote?.trim() || null }
    const result = await attempt(
      () => call<{ company: Company }>(`/admin/wholesale/companies/${company.id}/review`, { method: "POST", body }),
      `${company.name} ${DONE[status]}`
    )
    setBusy(false)
    if (result) {
      setNoteFor(null)
      setNote("")
    }
    // After a refusal too: the company may have been reviewed meanwhile by someone else.
    onReviewed()
  }

  const approve = async () => {
    const sure = await prompt({
      title: `Approve ${company.name}?`,
      description: `Its ${company.employees.length} buyer(s) join the wholesale customer group and see wholesale prices at once.`,
      confirmText: "Approve",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (sure) await review("approved")
  }

  return (
    <div className="flex gap-2">
      {allowed.includes("approved") && (
        <Button size="small" isLoading={busy} onClick={approve}>
          Approve
        </Button>
      )}
      {allowed.includes("rejected") && (
        <Button size="small" variant="secondary" disabled={busy} onClick={() => setNoteFor("rejected")}>
          Reject
        </Button>
      )}
      {allowed.includes("suspended") && (
        <Button size="small" variant="danger" disabled={busy} onClick={() => setNoteFor("suspended")}>
          Suspend
        </Button>
      )}

      <Drawer open={noteFor !== null} onOpenChange={(open) => !open && setNoteFor(null)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{noteFor === "rejected" ? `Reject ${company.name}` : `Suspend ${company.name}`}</Heading>
            </Drawer.Title>
            <Drawer.Description className="sr-only">A note to the company about the decision</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-2">
            <Text size="small" className="text-ui-fg-subtle">
              {noteFor === "rejected"
                ? "The company stays out of wholesale buying. It can be approved later."
                : "Its buyers leave the wholesale customer group and lose wholesale prices and quotes until it is approved again."}
            </Text>
            <Label htmlFor="review-note" size="small" weight="plus">
              Note to the company
            </Label>
            <Textarea
              id="review-note"
              rows={5}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="For example: the GSTIN does not match the company name."
            />
            <Text size="xsmall" className="text-ui-fg-muted">
              Optional. The company's buyers see it with their company's status.
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" variant="danger" isLoading={busy} onClick={() => noteFor && review(noteFor, note)}>
              {noteFor === "rejected" ? "Reject" : "Suspend"}
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </div>
  )
}
