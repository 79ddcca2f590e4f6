import type { MedusaContainer, PriceListRuleDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PriceListStatus } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createCustomerGroupsWorkflow,
  createPriceListPricesWorkflow,
  createPriceListsWorkflow,
} from "@medusajs/medusa/core-flows"
import { WHOLESALE_MODULE } from "@dharavi/wholesale/modules/wholesale"
import { registerCompanyWorkflow, reviewCompanyWorkflow } from "@dharavi/wholesale/workflows"
import { PRODUCTS, type CategoryHandle } from "./catalogue"
import { MAKERS } from "./makers"

/**
 * Wholesale demo data, idempotent (each part is created only where missing, so it can run again on
 * a seeded database, e.g. `medusa exec ./src/scripts/seed-wholesale.ts`):
 *
 * - the customer group "Wholesale buyers" (the wholesale plugin's `customer_group_name`), which
 *   approved companies' buyers join;
 * - one Medusa price list "Wholesale" of type override, for that group, with three quantity tiers
 *   for every catalogue variant in INR, USD and EUR: 10-49 pieces at 85% of retail, 50-199 at 75%,
 *   200 and more at 65%;
 * - WholesaleTerms for every catalogue variant (minimum order, case pack, lead time by craft and size);
 * - SellerTerms for every demo maker (minimum order value ₹5,000 / $60 / €55, payment terms, lead time).
 */

export const WHOLESALE_PRICE_LIST_TITLE = "Wholesale"

/** Quantity tiers as shares of the retail price. */
export const WHOLESALE_TIERS = [
  { min_quantity: 10, max_quantity: 49, share: 0.85 },
  { min_quantity: 50, max_quantity: 199, share: 0.75 },
  { min_quantity: 200, max_quantity: null, share: 0.65 },
] as const

export const SELLER_MIN_ORDER_VALUE = { inr: 5000, usd: 60, eur: 55 }

export const PAYMENT_TERMS = {
  workshop: "30% advance, balance before dispatch",
  artisan: "50% advance, balance before dispatch",
} as const

/** Days from order to dispatch, by craft: hand zari work is slowest, recycled goods are stocked. */
export const LEAD_TIME_DAYS: Record<CategoryHandle, number> = {
  "leather-goods": 14,
  pottery: 10,
  "embroidery-zari": 21,
  garments: 12,
  "recycled-goods": 7,
}

/** A wholesale price: whole rupees rounded to 5 (from ₹100), cents rounded to 5. */
export function wholesaleAmount(retail: number, share: number, currency: string): number {
  const raw = retail * share
  if (currency === "inr") return raw >= 100 ? Math.round(raw / 5) * 5 : Math.round(raw)
  return Math.round(raw * 20) / 20
}

/**
 * Minimum order and case pack by size and craft: bulky goods (1.5 kg and more) in cases of 5,
 * at least 10; small goods (300 g and less) in cases of 12, at least 12; the rest (and all pottery,
 * which travels in crates of six) in cases of 6, at least 12. Bulky goods take four days longer.
 */
export function variantTerms(product: { category: CategoryHandle; weight: number }) {
  const lead = LEAD_TIME_DAYS[product.category]
  if (product.weight >= 1500) return { min_order_quantity: 10, case_pack: 5, lead_time_days: lead + 4 }
  if (product.category !== "pottery" && product.weight <= 300)
    return { min_order_quantity: 12, case_pack: 12, lead_time_days: lead }
  return { min_order_quantity: 12, case_pack: 6, lead_time_days: lead }
}

type Log = (message: string) => void

/** A catalogue product as the price and terms steps read it: its maker and its variants' retail prices. */
type CatalogueProductRow = {
  id: string
  handle: string
  seller?: { id: string } | null
  variants?: {
    id: string
    price_set?: { id: string } | null
    prices?: {
      amount: number
      currency_code: string
      price_list_id: string | null
      min_quantity: number | null
      rules_count: number | null
    }[]
  }[]
}

export async function seedWholesale(container: MedusaContainer, log: Log = () => {}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const wholesale = container.resolve(WHOLESALE_MODULE)
  const groupName = wholesale.settings().customer_group_name

  log(`wholesale: customer group "${groupName}"`)
  const customers = container.resolve(Modules.CUSTOMER)
  let [group] = await customers.listCustomerGroups({ name: groupName })
  if (!group) {
    const { result } = await createCustomerGroupsWorkflow(container).run({
      input: { customersData: [{ name: groupName, metadata: { wholesale: true } }] },
    })
    group = result[0]
  }

  // The catalogue's variants with their retail prices (outside any price list) and makers.
  const { data: products }: { data: CatalogueProductRow[] } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "seller.id",
      "variants.id",
      "variants.price_set.id",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "variants.prices.price_list_id",
      "variants.prices.min_quantity",
      "variants.prices.rules_count",
    ],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const catalogue = new Map(PRODUCTS.map((p) => [p.handle, p]))

  log(
    `wholesale: price list "${WHOLESALE_PRICE_LIST_TITLE}" with ${WHOLESALE_TIERS.length} quantity tiers in INR, USD and EUR`
  )
  const pricing = container.resolve(Modules.PRICING)
  const lists = await pricing.listPriceLists({}, { relations: ["price_list_rules"], take: null })
  const existing = lists.find(
    (l) =>
      l.title === WHOLESALE_PRICE_LIST_TITLE &&
      (l.price_list_rules ?? []).some(
        (r: PriceListRuleDTO) => r.attribute === "customer.groups.id" && [r.value].flat().includes(group.id)
      )
  )
  const have = new Set<string>()
  if (existing) {
    const prices = await pricing.listPrices(
      { price_list_id: [existing.id] },
      { select: ["price_set_id", "currency_code", "min_quantity"], take: null }
    )
    for (const p of prices) have.add(`${p.price_set_id}:${p.currency_code}:${Number(p.min_quantity)}`)
  }
  const prices: {
    variant_id: string
    currency_code: string
    amount: number
    min_quantity: number
    max_quantity?: number
  }[] = []
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      for (const retail of variant.prices ?? []) {
        if (!retail || retail.price_list_id || Number(retail.rules_count ?? 0) > 0) continue
        if (retail.min_quantity != null && Number(retail.min_quantity) > 1) continue
        for (const tier of WHOLESALE_TIERS) {
          if (have.has(`${variant.price_set?.id}:${retail.currency_code}:${tier.min_quantity}`)) continue
          prices.push({
            variant_id: variant.id,
            currency_code: retail.currency_code,
            amount: wholesaleAmount(Number(retail.amount), tier.share, retail.currency_code),
            min_quantity: tier.min_quantity,
            ...(tier.max_quantity != null ? { max_quantity: tier.max_quantity } : {}),
          })
        }
      }
    }
  }
  if (!existing) {
    await createPriceListsWorkflow(container).run({
      input: {
        price_lists_data: [
          {
            title: WHOLESALE_PRICE_LIST_TITLE,
            description: "Quantity prices for buyers of approved wholesale companies",
            // Override, not sale: a wholesale buyer pays the tier price, not "retail, discounted".
            // (The workflow passes the type on to the pricing module; its input type omits it.)
            ...({ type: "override" } as object),
            status: PriceListStatus.ACTIVE,
            rules: { "customer.groups.id": [group.id] },
            prices,
          },
        ],
      },
    })
  } else if (prices.length) {
    await createPriceListPricesWorkflow(container).run({ input: { data: [{ id: existing.id, prices }] } })
  }

  log("wholesale: minimum order, case pack and lead time for every variant")
  const variantIds = products.flatMap((p) => (p.variants ?? []).map((v) => v.id))
  const withTerms = new Set(
    (await wholesale.listWholesaleTerms({ variant_id: variantIds }, { select: ["variant_id"], take: null })).map(
      (t) => t.variant_id
    )
  )
  const terms = products.flatMap((product) =>
    (product.variants ?? [])
      .filter((v) => !withTerms.has(v.id))
      .map((v) => ({
        variant_id: v.id,
        product_id: product.id,
        seller_id: product.seller?.id ?? null,
        ...variantTerms(catalogue.get(product.handle)!),
      }))
  )
  if (terms.length) await wholesale.createWholesaleTerms(terms)

  log("wholesale: each maker's minimum order value, payment terms and lead time")
  const { data: sellers }: { data: { id: string; handle: string }[] } = await query.graph({
    entity: "seller",
    fields: ["id", "handle"],
    filters: { handle: MAKERS.map((m) => m.handle) },
  })
  const sellerIds = sellers.map((s) => s.id)
  const withSellerTerms = new Set(
    (sellerIds.length
      ? await wholesale.listSellerTerms({ seller_id: sellerIds }, { select: ["seller_id"], take: null })
      : []
    ).map((t) => t.seller_id)
  )
  const makerByHandle = new Map(MAKERS.map((m) => [m.handle, m]))
  const sellerTerms = sellers
    .filter((s) => !withSellerTerms.has(s.id))
    .map((s) => {
      const maker = makerByHandle.get(s.handle)!
      return {
        seller_id: s.id,
        min_order_value: SELLER_MIN_ORDER_VALUE,
        payment_terms: PAYMENT_TERMS[maker.kind],
        lead_time_days: LEAD_TIME_DAYS[maker.category],
      }
    })
  if (sellerTerms.length) await wholesale.createSellerTerms(sellerTerms)

  return {
    customer_group_id: group.id,
    prices: prices.length,
    variant_terms: terms.length,
    seller_terms: sellerTerms.length,
  }
}

/** A demo wholesale buyer: a customer login whose company is registered and approved. */
export const DEMO_BUYER = {
  email: "buyer@dharavi.local",
  password: process.env.SEED_BUYER_PASSWORD || "dharavi-buyer",
  first_name: "Farida",
  last_name: "Merchant",
  company: {
    name: "Crawford Market Traders",
    gst_number: "27AADCC4321M1ZK",
    email: "buyer@dharavi.local",
    phone: "+91 98200 50001",
    addresses: [
      {
        label: "Shop",
        address_1: "Shop 14, Crawford Market",
        city: "Mumbai",
        province: "Maharashtra",
        postal_code: "400001",
        country_code: "in",
      },
    ],
  },
}

/**
 * Registers the demo buyer's company through the wholesale plugin's own workflows and approves it,
 * so the buyer sees tier prices at once. Skipped when the buyer exists.
 */
export async function seedDemoBuyer(container: MedusaContainer, log: Log = () => {}) {
  const customers = container.resolve(Modules.CUSTOMER)
  if ((await customers.listCustomers({ email: DEMO_BUYER.email, has_account: true })).length) return
  log(`wholesale: demo buyer ${DEMO_BUYER.email} of ${DEMO_BUYER.company.name}`)
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: DEMO_BUYER.email, password: DEMO_BUYER.password },
  })
  if (error || !authIdentity) throw new Error(`could not register the demo buyer: ${error}`)
  const { result: customer } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: { email: DEMO_BUYER.email, first_name: DEMO_BUYER.first_name, last_name: DEMO_BUYER.last_name },
    },
  })
  const { result: company } = await registerCompanyWorkflow(container).run({
    input: { customer_id: customer.id, company: DEMO_BUYER.company },
  })
  await reviewCompanyWorkflow(container).run({
    input: { company_id: company.id, status: "approved", note: "Demo buyer" },
  })
}
