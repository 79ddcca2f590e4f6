import { toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"

/** Admin requests ride on the dashboard's session cookie; errors carry Medusa's message (a 400's `message`). */
export async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body ? { "content-type": "application/json" } : undefined,
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(data.message ?? `Request failed (${res.status})`)
  return data as T
}

/** Loads a resource and reloads it on demand (after a change); an answer for a path the page has left (a changed filter) is dropped. */
export function useAdminResource<T>(path: string) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const current = useRef(path)
  current.current = path
  const load = useCallback(
    async (quiet = false) => {
      if (!quiet) setLoading(true)
      try {
        const result = await call<T>(path)
        if (current.current === path) {
          setData(result)
          setError(null)
        }
      } catch (e) {
        if (current.current === path) setError((e as Error).message)
      } finally {
        if (!quiet && current.current === path) setLoading(false)
      }
    },
    [path]
  )
  useEffect(() => {
    load()
  }, [load])
  const reload = useCallback(() => load(true), [load])
  return { data, error, loading, reload }
}

/** Shows a failed request's message (the API's 400 message) in a toast; returns the result, or null when it failed. */
export async function attempt<T>(action: () => Promise<T>, success?: string): Promise<T | null> {
  try {
    const result = await action()
    if (success) toast.success(success)
    return result
  } catch (e) {
    toast.error((e as Error).message)
    return null
  }
}

/** Wages are whole rupees. */
export const formatRupees = (amount: number | null | undefined) =>
  amount == null
    ? "—"
    : new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR", maximumFractionDigits: 0 }).format(amount)

export const formatWage = (amount: number | null | undefined, period: "day" | "month") =>
  amount == null ? "—" : `${formatRupees(amount)} / ${period}`

export const formatDate = (at: string | null | undefined) =>
  at ? new Date(at).toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short" }) : "—"

export const formatDay = (at: string | null | undefined) =>
  at ? new Date(at).toLocaleDateString("en-IN", { dateStyle: "medium" }) : "—"
