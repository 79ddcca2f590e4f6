"use client"

import { usePathname } from "next/navigation"

/** A hidden form field holding the current path, so a server action can send the shopper back. */
export function CurrentPathInput({ name = "return_to", fallback }: { name?: string; fallback: string }) {
  const pathname = usePathname()
  return <input type="hidden" name={name} value={pathname || fallback} />
}
