/**
 * `value` (a search param, usually) when it is one of `allowed`, else null: pages read the codes
 * server actions put in the URL (`?error=withdraw`, `?saved=shared`) only from their known list.
 */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null
}
