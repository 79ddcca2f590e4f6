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

/**
 * Loads a resource and reloads it on demand (after a change). `path` null: nothing to load.
 * `refreshMs`: reloads quietly (no loading state) at that interval while set.
 */
export function useAdminResource<T>(path: string | null, refreshMs?: number | null) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const current = useRef(path)
  current.current = path
  const load = useCallback(
    async (quiet = false) => {
      if (!path) {
        setData(null)
        setLoading(false)
        return
      }
      if (!quiet) setLoading(true)
      try {
        const result = await call<T>(path)
        // An answer for a path the page has left (a changed filter) is dropped.
        if (current.current === path) {
          setData(result)
          setError(null)
        }
      } catch (e) {
        if (current.current === path) setError((e as Error).message)
      } finally {
        if (!quiet) setLoading(false)
      }
    },
    [path]
  )
  useEffect(() => {
    load()
  }, [load])
  useEffect(() => {
    if (!refreshMs) return
    const timer = setInterval(() => load(true), refreshMs)
    return () => clearInterval(timer)
  }, [load, refreshMs])
  const reload = useCallback(() => load(true), [load])
  return { data, error, loading, reload, setData }
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

/** Medusa prices are in main units (400 is ₹400). */
export const formatMoney = (amount: number | string | null | undefined, currency: string) =>
  amount == null
    ? "—"
    : new Intl.NumberFormat("en-IN", { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))

export const formatDate = (at: string | null | undefined) =>
  at ? new Date(at).toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short" }) : "—"

export const formatNumber = (n: number | null | undefined) =>
  n == null ? "—" : new Intl.NumberFormat("en-IN").format(n)
