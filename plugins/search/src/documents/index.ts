import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SearchDocumentInput, SearchType } from "../modules/search/types"
import { courseSource } from "./course"
import { jobSource } from "./job"
import { makerSource } from "./maker"
import { productSource } from "./product"
import { toolHouseSource } from "./tool-house"

export type Container = MedusaContainer

/**
 * Where one type of document comes from. Sources read other plugins' records through Medusa's
 * query by entity name (never by importing those plugins), and a source whose module is not
 * installed is simply left out.
 */
export type DocumentSource = {
  type: SearchType
  /** The module that owns the records (its key in the container). */
  module: string
  /** A page of source ids in a stable order, public or not, and how many there are. */
  page(container: Container, offset: number, limit: number): Promise<{ ids: string[]; total: number }>
  /** Documents for the public ones among these ids; an id left out is not (or no longer) searchable. */
  build(container: Container, ids: string[]): Promise<SearchDocumentInput[]>
}

export const SOURCES: Record<SearchType, DocumentSource> = {
  product: productSource,
  maker: makerSource,
  course: courseSource,
  job: jobSource,
  tool_house: toolHouseSource,
}

export function sourceInstalled(container: Container, type: SearchType): boolean {
  return container.hasRegistration(SOURCES[type].module)
}

/**
 * query.graph's data, as the rows the caller reads. Entities of other plugins are read by name, so
 * their types are not known here: each builder names the fields it reads as T.
 */
export async function graph<T>(
  container: Container,
  args: { entity: string; fields: string[]; filters?: Record<string, unknown> }
): Promise<T[]> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph(args)
  return data as T[]
}

/** A page of ids of one entity, oldest first, with the total. */
export async function pageOfIds(container: Container, entity: string, offset: number, limit: number) {
  const { data, metadata } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity, fields: ["id"], pagination: { skip: offset, take: limit, order: { id: "ASC" } } })
  return { ids: data.map((r: { id: string }) => r.id), total: metadata?.count ?? data.length }
}

/** The text of a { en, hi, mr } record in every language it has, English first. */
export function allLanguages(value: unknown): string | null {
  if (!value) return null
  if (typeof value === "string") return value
  const record = value as Record<string, unknown>
  const texts = ["en", "hi", "mr", ...Object.keys(record)]
    .map((k) => record[k])
    .filter((t): t is string => typeof t === "string" && !!t.trim())
  return texts.length ? [...new Set(texts)].join("\n") : null
}

/** A { hi?, mr? } object with only the languages present, or null. */
export function i18n(hi: unknown, mr: unknown): { hi?: string; mr?: string } | null {
  const out: { hi?: string; mr?: string } = {}
  if (typeof hi === "string" && hi.trim()) out.hi = hi
  if (typeof mr === "string" && mr.trim()) out.mr = mr
  return Object.keys(out).length ? out : null
}
