import { revalidatePath } from "next/cache"

/**
 * After a mutation (cart, currency, login), re-render everything including the
 * shared layout, so the header's cart count and account link are never stale.
 */
export function refreshEverything() {
  revalidatePath("/", "layout")
}
