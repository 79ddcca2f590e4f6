import { Button, Prompt, toast } from "@medusajs/ui"
import { useState } from "react"
import { attempt, call } from "../lib/api"
import { hasClosed, type Pool, type Settlement } from "../lib/pools"

type Action = "open" | "cancel" | "settle"

const CONFIRM: Record<Action, { title: string; description: string; label: string }> = {
  open: {
    title: "Open this pool?",
    description:
      "Businesses can pledge from its opening time; its terms (tiers, quantities, dates, costs) cannot change after this.",
    label: "Open pool",
  },
  cancel: {
    title: "Cancel this pool?",
    description: "Every pledge's authorisation is let go and nothing is charged. This cannot be undone.",
    label: "Cancel pool",
  },
  settle: {
    title: "Settle now?",
    description:
      "Decides the pool: above its minimum, every pledge is captured at the final tier and gets its order; below it, every authorisation is let go. Safe to repeat: a repeat only retries failed captures.",
    label: "Settle now",
  },
}

/** Open (draft), Cancel (draft or open), Settle now (closed, or succeeded with captures to retry). */
export const PoolActions = ({ pool, onChanged }: { pool: Pool; onChanged: () => void }) => {
  const [pending, setPending] = useState<Action | null>(null)
  const [confirming, setConfirming] = useState<Action | null>(null)
  const allowed: Action[] = [
    ...(pool.status === "draft" ? (["open"] as const) : []),
    ...((pool.status === "open" && hasClosed(pool)) || pool.status === "succeeded" ? (["settle"] as const) : []),
    ...(pool.status === "draft" || pool.status === "open" ? (["cancel"] as const) : []),
  ]

  const run = async (action: Action) => {
    setConfirming(null)
    setPending(action)
    if (action === "settle") {
      const result = await attempt(() =>
        call<{ settlement: Settlement }>(`/admin/pools/${pool.id}/settle`, { method: "POST" })
      )
      if (result) {
        const { status, captures } = result.settlement
        if (captures.failed.length)
          toast.warning(
            `Pool ${status}: ${captures.captured.length} captured, ${captures.failed.length} captures failed (see the report)`
          )
        else
          toast.success(
            `Pool ${status}${captures.captured.length ? `: ${captures.captured.length} pledges captured` : ""}`
          )
      }
    } else {
      await attempt(
        () => call(`/admin/pools/${pool.id}/${action}`, { method: "POST" }),
        action === "open" ? "Pool opened" : "Pool cancelled; authorisations let go"
      )
    }
    setPending(null)
    onChanged()
  }

  if (!allowed.length) return null
  const confirm = confirming ? CONFIRM[confirming] : null
  return (
    <div className="flex items-center gap-2">
      {allowed.map((a) => (
        <Button
          key={a}
          size="small"
          variant={a === "cancel" ? "danger" : a === "open" ? "primary" : "secondary"}
          isLoading={pending === a}
          disabled={!!pending}
          onClick={() => setConfirming(a)}
        >
          {CONFIRM[a].label}
        </Button>
      ))}
      <Prompt
        open={!!confirming}
        onOpenChange={(o) => !o && setConfirming(null)}
        variant={confirming === "cancel" ? "danger" : "confirmation"}
      >
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{confirm?.title}</Prompt.Title>
            <Prompt.Description>{confirm?.description}</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Back</Prompt.Cancel>
            <Prompt.Action onClick={() => confirming && run(confirming)}>{confirm?.label}</Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </div>
  )
}
