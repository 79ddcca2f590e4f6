import { PlatformErrors } from "./platform-codes"
/**
 * Pure helpers for photos sellers upload (product photos and the shop photo):
 * which files a form really carries, whether the marketplace will take them,
 * and a product's photo list after adding or removing one. No Medusa or Next
 * imports, so unit tests and client components can use them.
 */

/** The same rules as the marketplace's upload route. No SVG: it can carry scripts. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const PHOTO_ACCEPT = PHOTO_TYPES.join(",")
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024
export const PHOTO_MAX_FILES = 6
/** Medusa products take at most 12 images (the marketplace's product validator). */
export const PRODUCT_MAX_PHOTOS = 12

/** Photos bigger than this are made smaller on the phone before they are sent (when JavaScript runs). */
export const SHRINK_ABOVE_BYTES = 1024 * 1024
/** The longest side of a photo made smaller on the phone: plenty for a product page. */
export const SHRINK_MAX_EDGE = 1600

export type PhotoLike = { name: string; size: number; type: string }

/** The size of a photo made smaller: the longest side at most `maxEdge`, the shape kept, never enlarged. */
export function shrinkSize(
  width: number,
  height: number,
  maxEdge = SHRINK_MAX_EDGE
): { width: number; height: number } {
  const longest = Math.max(width, height)
  if (!(longest > maxEdge)) return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(height)) }
  const scale = maxEdge / longest
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}
export type PhotoProblem = "type" | "size" | "count"

/**
 * The files a form field really carries. A file input left empty still submits
 * a nameless, empty file; strings (a field sent without multipart) are ignored.
 */
export function pickPhotos<T extends PhotoLike>(values: readonly (T | string | null | undefined)[]): T[] {
  return values.filter((v): v is T => !!v && typeof v === "object" && typeof v.size === "number" && v.size > 0)
}

/** Why one photo would be refused, or null. */
export function photoProblem(file: PhotoLike): Exclude<PhotoProblem, "count"> | null {
  if (!(PHOTO_TYPES as readonly string[]).includes((file.type || "").toLowerCase())) return "type"
  if (file.size > PHOTO_MAX_BYTES) return "size"
  return null
}

/** The first reason a set of photos would be refused, or null. */
export function photosProblem(files: readonly PhotoLike[], max = PHOTO_MAX_FILES): PhotoProblem | null {
  if (files.length > max) return "count"
  for (const f of files) {
    const p = photoProblem(f)
    if (p) return p
  }
  return null
}

/** An upload's refusal (@dharavi/uploads' codes) as a problem we can explain: the type, the size, too many. */
export function uploadProblem(code: string | null | undefined): PhotoProblem | null {
  if (code === PlatformErrors.UPLOAD_TYPE_NOT_ALLOWED) return "type"
  if (code === PlatformErrors.UPLOAD_TOO_LARGE) return "size"
  if (code === PlatformErrors.UPLOAD_TOO_MANY) return "count"
  return null
}

type ProductImages = { thumbnail?: string | null; images?: { url?: string | null }[] | null }

/** A product's photos in order, the main one (thumbnail) included even when it is not among the images. */
export function productPhotos(product: ProductImages): string[] {
  const out: string[] = []
  for (const img of product.images ?? []) {
    const url = img?.url?.trim()
    if (url && !out.includes(url)) out.push(url)
  }
  const thumb = product.thumbnail?.trim()
  if (thumb && !out.includes(thumb)) out.unshift(thumb)
  return out
}

/** The update that adds photos after the existing ones (at most 12 in all); the main photo stays unless there was none. */
export function addPhotos(
  product: ProductImages,
  urls: readonly string[]
): { images: { url: string }[]; thumbnail: string } | null {
  const current = productPhotos(product)
  const all = [...current]
  for (const u of urls) if (u && !all.includes(u)) all.push(u)
  const images = all.slice(0, PRODUCT_MAX_PHOTOS)
  if (!images.length || images.length === current.length) return null
  const thumbnail =
    product.thumbnail?.trim() && images.includes(product.thumbnail.trim()) ? product.thumbnail.trim() : images[0]!
  return { images: images.map((url) => ({ url })), thumbnail }
}

/**
 * The update that removes one photo. The main photo moves to the next one when
 * it is removed. Null when the photo is not the product's, or it is the last one:
 * the marketplace cannot clear a product's main photo, so the last one can only
 * be replaced (add a new photo, then remove the old one).
 */
export function removePhoto(
  product: ProductImages,
  url: string
): { images: { url: string }[]; thumbnail: string } | null {
  const current = productPhotos(product)
  if (!current.includes(url)) return null
  const images = current.filter((u) => u !== url)
  if (!images.length) return null
  const thumb = product.thumbnail?.trim()
  const thumbnail = thumb && thumb !== url && images.includes(thumb) ? thumb : images[0]!
  return { images: images.map((u) => ({ url: u })), thumbnail }
}
