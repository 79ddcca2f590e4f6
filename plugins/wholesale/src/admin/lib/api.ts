import { toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

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

/** Loads a resource and reloads it on demand (after a change). `path` null: nothing to load. */
export function useAdminResource<T>(path: string | null) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const load = useCallback(async () => {
    if (!path) {
      setData(null)
      setLoading(false)
      return
    }
    setLoading(true)
    try {
      setData(await call<T>(path))
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setLoading(false)
    }
  }, [path])
  useEffect(() => {
    load()
  }, [load])
  return { data, error, loading, reload: load, setData }
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

/**
 * Downloads a file an admin route answers (a line-sheet PDF): fetched with the session cookie, saved
 * under the name the server gives in Content-Disposition. A JSON error answer becomes the thrown message.
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(path, { credentials: "include" })
  if (!res.ok) {
    const data = await res.json().catch(() => ({}))
    throw new Error(data.message ?? `Download failed (${res.status})`)
  }
  const blob = await res.blob()
  const disposition = res.headers.get("content-disposition") ?? ""
  const name = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = name
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Medusa prices are in main units (1900 is ₹1,900). */
export const formatMoney = (amount: number | null | undefined, currency: string) =>
  amount == null
    ? "—"
    : new Intl.NumberFormat("en-IN", { style: "currency", currency: currency.toUpperCase() }).format(amount)

export const formatDate = (at: string | null | undefined) =>
  at ? new Date(at).toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short" }) : "—"
