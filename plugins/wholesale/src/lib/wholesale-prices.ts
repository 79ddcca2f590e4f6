import type { MedusaContainer, PriceDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../modules/wholesale"

type Resolver = MedusaContainer

/**
 * Wholesale prices are Medusa's own: prices in the price lists whose `customer.groups.id` rule names
 * the wholesale customer group (plugin option `customer_group_name`), with `min_quantity` /
 * `max_quantity` tiers. Retail prices (MSRP) are a variant's prices outside any price list.
 * These read them for display (line sheets, product pages); carts are priced by Medusa itself.
 */

export type PriceTier = {
  /** The tier applies from this many pieces (1 when the price has no minimum). */
  min_quantity: number
  /** ... up to this many; null: no upper bound. */
  max_quantity: number | null
  /** Per piece, in the currency's main unit (as Medusa stores prices). */
  amount: number
  price_list_id: string
}

const GROUP_RULE = "customer.groups.id"

/** The id of the wholesale customer group, or null before it exists. */
export async function wholesaleGroupId(container: Resolver): Promise<string | null> {
  const name = container.resolve(WHOLESALE_MODULE).settings().customer_group_name
  const [group] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name }, { select: ["id"], take: 1 })
  return group?.id ?? null
}

/** Active price lists (within their dates at `at`) whose customer-group rule includes `groupId`. */
export async function wholesalePriceListIds(container: Resolver, groupId: string, at = new Date()): Promise<string[]> {
  const lists = await container
    .resolve(Modules.PRICING)
    .listPriceLists({ status: ["active"] }, { relations: ["price_list_rules"], take: null })
  return lists
    .filter((list) => {
      if (list.starts_at && new Date(list.starts_at) > at) return false
      if (list.ends_at && new Date(list.ends_at) <= at) return false
      return (list.price_list_rules ?? []).some((rule) => {
        if (rule.attribute !== GROUP_RULE) return false
        const values = Array.isArray(rule.value) ? rule.value : [rule.value]
        return values.includes(groupId)
      })
    })
    .map((list) => list.id)
}

/** Variant id -> price set id (Medusa links each variant to one price set). */
async function priceSetsOf(container: Resolver, variantIds: string[]): Promise<Map<string, string>> {
  const bySet = new Map<string, string>()
  if (!variantIds.length) return bySet
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "price_set.id"],
    filters: { id: variantIds },
  })
  for (const v of data as { id: string; price_set?: { id: string } | null }[])
    if (v.price_set?.id) bySet.set(v.price_set.id, v.id)
  return bySet
}

/** A price as listed here: Medusa's PriceDTO with the columns selected below (rules_count among them). */
type ListedPrice = PriceDTO & { price_set_id: string; price_list_id?: string | null; rules_count?: number | null }

async function pricesIn(
  container: Resolver,
  priceSetIds: string[],
  currency_code: string,
  priceListIds?: string[]
): Promise<ListedPrice[]> {
  if (!priceSetIds.length) return []
  return container.resolve(Modules.PRICING).listPrices(
    { price_set_id: priceSetIds, currency_code, ...(priceListIds ? { price_list_id: priceListIds } : {}) },
    {
      select: [
        "id",
        "amount",
        "currency_code",
        "min_quantity",
        "max_quantity",
        "price_set_id",
        "price_list_id",
        "rules_count",
      ],
      take: null,
    }
  ) as Promise<ListedPrice[]>
}

/**
 * Wholesale price tiers per variant in one currency, lowest quantity first. A variant without
 * wholesale prices maps to an empty list. When several lists price the same tier, the lowest wins.
 */
export async function wholesalePriceTiers(
  container: Resolver,
  variantIds: string[],
  currency_code: string
): Promise<Map<string, PriceTier[]>> {
  const result = new Map<string, PriceTier[]>(variantIds.map((id) => [id, []]))
  const groupId = await wholesaleGroupId(container)
  if (!groupId || !variantIds.length) return result
  const listIds = await wholesalePriceListIds(container, groupId)
  if (!listIds.length) return result
  const variantOf = await priceSetsOf(container, variantIds)
  const prices = await pricesIn(container, [...variantOf.keys()], currency_code.toLowerCase(), listIds)
  const best = new Map<string, Map<string, PriceTier>>()
  for (const price of prices) {
    const variantId = variantOf.get(price.price_set_id)
    if (!variantId) continue
    const tier: PriceTier = {
      min_quantity: price.min_quantity == null ? 1 : Number(price.min_quantity),
      max_quantity: price.max_quantity == null ? null : Number(price.max_quantity),
      amount: Number(price.amount),
      price_list_id: price.price_list_id ?? "",
    }
    const key = `${tier.min_quantity}:${tier.max_quantity ?? ""}`
    const tiers = best.get(variantId) ?? new Map<string, PriceTier>()
    const seen = tiers.get(key)
    if (!seen || tier.amount < seen.amount) tiers.set(key, tier)
    best.set(variantId, tiers)
  }
  for (const [variantId, tiers] of best) {
    result.set(
      variantId,
      [...tiers.values()].sort(
        (a, b) => a.min_quantity - b.min_quantity || (a.max_quantity ?? Infinity) - (b.max_quantity ?? Infinity)
      )
    )
  }
  return result
}

/**
 * Retail price (MSRP) per variant in one currency: its price outside any price list, without price
 * rules (region prices) and without a quantity minimum. Variants without one are left out.
 */
export async function retailPrices(
  container: Resolver,
  variantIds: string[],
  currency_code: string
): Promise<Map<string, number>> {
  const result = new Map<string, number>()
  const variantOf = await priceSetsOf(container, variantIds)
  const prices = await pricesIn(container, [...variantOf.keys()], currency_code.toLowerCase())
  for (const price of prices) {
    if (price.price_list_id || Number(price.rules_count ?? 0) > 0) continue
    if (price.min_quantity != null && Number(price.min_quantity) > 1) continue
    const variantId = variantOf.get(price.price_set_id)
    if (variantId && !result.has(variantId)) result.set(variantId, Number(price.amount))
  }
  return result
}
