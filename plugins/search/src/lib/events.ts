/** The ids an event names: `{ id }`, or a list of them when a workflow emitted several at once. */
export function eventIds(data: unknown): string[] {
  const items = Array.isArray(data) ? data : [data]
  return items.map((d) => (d as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === "string")
}
