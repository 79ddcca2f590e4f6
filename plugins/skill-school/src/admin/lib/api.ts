import { toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"

/** Admin requests ride on the dashboard's session cookie; errors carry Medusa's message (a 400 names the field). */
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
        // An answer for a path the page has left (a changed filter or search) is dropped.
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
  const reload = useCallback(() => load(true), [load])
  return { data, error, loading, reload }
}

/** Shows a failed request's message in a toast; returns the result, or null when it failed. */
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

/** A value that follows `value` after it has stopped changing for `ms` (search boxes). */
export function useDebounced<T>(value: T, ms = 300) {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/** Reads a file picked in the browser as base64 (without the data-URL prefix), as the lesson-file route takes it. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""))
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`))
    reader.readAsDataURL(file)
  })
}

export const formatDate = (at: string | null | undefined) =>
  at ? new Date(at).toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short" }) : "—"

/** A date and time in a given IANA zone (a workshop's own), e.g. "12 Mar 2026, 10:00 am". */
export const formatIn = (at: string, timeZone: string) =>
  new Date(at).toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short", timeZone })

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} B`
