import { Button, Drawer, Heading, Label, Text, Textarea, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { attempt, call } from "../lib/api"
import { CAN_MODERATE, type Post } from "../lib/jobs"

type Decision = keyof typeof CAN_MODERATE

const DONE: Record<Decision, string> = {
  live: "approved: it is on the job board",
  rejected: "rejected",
  removed: "removed from every listing",
}

const ASK: Record<"rejected" | "removed", { title: string; explain: string; placeholder: string; button: string }> = {
  rejected: {
    title: "Reject",
    explain: "The post never reaches the board. The employer sees your note beside it and can post again.",
    placeholder: "For example: the wage is below the legal minimum, or the post asks for a deposit.",
    button: "Reject",
  },
  removed: {
    title: "Remove",
    explain:
      "The post disappears from the board and from karigars' applications (they see it as removed). Use it for posts that ask workers for money or are fake.",
    placeholder: "For example: asked applicants to pay ₹500 for a uniform.",
    button: "Remove",
  },
}

/** Approve, reject or remove a post (with a note) through the moderate route; errors show in a toast. */
export const ModerateActions = ({ post, onDone }: { post: Post; onDone: () => void }) => {
  const prompt = usePrompt()
  const [busy, setBusy] = useState(false)
  const [noteFor, setNoteFor] = useState<"rejected" | "removed" | null>(null)
  const [note, setNote] = useState("")
  const can = (d: Decision) => CAN_MODERATE[d].includes(post.status)

  const moderate = async (status: Decision, moderationNote?: string) => {
    setBusy(true)
    const result = await attempt(
      () =>
        call<{ post: Post }>(`/admin/jobs/posts/${post.id}/moderate`, {
          method: "POST",
          body: { status, note: moderationNote?.trim() || null },
        }),
      `"${post.title}" ${DONE[status]}`
    )
    setBusy(false)
    if (result) {
      setNoteFor(null)
      setNote("")
    }
    // After a refusal too: another admin may have moderated it meanwhile.
    onDone()
  }

  const approve = async () => {
    const sure = await prompt({
      title: `Approve "${post.title}"?`,
      description: "It goes on the job board at once and karigars can apply.",
      confirmText: "Approve",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (sure) await moderate("live")
  }

  const ask = noteFor ? ASK[noteFor] : null
  return (
    <div className="flex flex-wrap gap-2">
      {can("live") && (
        <Button size="small" isLoading={busy} onClick={approve}>
          Approve
        </Button>
      )}
      {can("rejected") && (
        <Button size="small" variant="secondary" disabled={busy} onClick={() => setNoteFor("rejected")}>
          Reject
        </Button>
      )}
      {can("removed") && (
        <Button size="small" variant="danger" disabled={busy} onClick={() => setNoteFor("removed")}>
          Remove
        </Button>
      )}

      <Drawer open={noteFor !== null} onOpenChange={(open) => !open && setNoteFor(null)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>
                {ask?.title} "{post.title}"
              </Heading>
            </Drawer.Title>
            <Drawer.Description className="sr-only">A note to the employer about the decision</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-2">
            <Text size="small" className="text-ui-fg-subtle">
              {ask?.explain}
            </Text>
            <Label htmlFor="moderation-note" size="small" weight="plus">
              Note to the employer
            </Label>
            <Textarea
              id="moderation-note"
              rows={5}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={ask?.placeholder}
            />
            <Text size="xsmall" className="text-ui-fg-muted">
              Optional, but it tells the employer what to fix.
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" variant="danger" isLoading={busy} onClick={() => noteFor && moderate(noteFor, note)}>
              {ask?.button}
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </div>
  )
}
