import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { COMMONS_MODULE } from "@dharavi/commons/modules/commons"
import { createPledgeWorkflow, createPoolWorkflow, openPoolWorkflow } from "@dharavi/commons/workflows"

type Log = (message: string) => void
const DAY = 24 * 3600_000

/** Raw materials the co-op buys together: products in no sales channel, sold only through pools. */
const MATERIALS = [
  {
    handle: "tanned-goat-hide",
    title: "Tanned goat hide (grade A)",
    pool: {
      handle: "goat-hides-tanned",
      title: "Tanned goat hides from Kanpur",
      unit: "hide",
      case_size: 10,
      tiers: [
        { min_quantity: 0, unit_price: 450 },
        { min_quantity: 100, unit_price: 400 },
        { min_quantity: 250, unit_price: 360 },
      ],
      min_quantity: 80,
      max_quantity: 400,
      days_open: 7,
      freight_cost: 4500,
      handling_cost: 500,
      description: {
        en: "Vegetable-tanned goat hides straight from a Kanpur tannery. Pooled, Dharavi's leather workshops pay what a big factory pays.",
        hi: "कानपुर की टेनरी से सीधे वेजिटेबल-टैन्ड बकरी की खाल। मिलकर खरीदने पर धारावी की चमड़ा वर्कशॉप बड़ी फैक्टरी जितना ही दाम देती हैं।",
        mr: "कानपूरच्या टॅनरीतून थेट व्हेजिटेबल-टॅन्ड बकरीचे चामडे. एकत्र खरेदी केल्यास धारावीच्या कार्यशाळांना मोठ्या कारखान्याइतकाच भाव मिळतो.",
      },
    },
    pledges: [40],
  },
  {
    handle: "kumbharwada-clay-bag",
    title: "Terracotta clay, 25 kg bag",
    pool: {
      handle: "terracotta-clay",
      title: "Terracotta clay for Kumbharwada",
      unit: "bag",
      case_size: 20,
      tiers: [
        { min_quantity: 0, unit_price: 520 },
        { min_quantity: 100, unit_price: 470 },
      ],
      min_quantity: 60,
      max_quantity: 300,
      days_open: 10,
      freight_cost: 6000,
      handling_cost: 0,
      description: {
        en: "Fine terracotta clay from Gujarat by the truckload, shared among Kumbharwada's potters.",
        hi: "गुजरात की बारीक टेराकोटा मिट्टी, पूरे ट्रक में, कुंभारवाड़ा के कुम्हारों में बाँटी जाती है।",
        mr: "गुजरातची बारीक टेराकोटा माती, पूर्ण ट्रकभर, कुंभारवाड्यातील कुंभारांमध्ये वाटली जाते.",
      },
    },
    pledges: [],
  },
]

/**
 * Two open group-buy pools with their raw-material products, and pledges from demo customers on the
 * first (authorised through the system payment provider), so the progress bar has something to show.
 * Idempotent: pools that exist are left alone.
 */
export async function seedCommons(container: MedusaContainer, pledgers: string[], log: Log = () => {}) {
  const commons = container.resolve(COMMONS_MODULE)
  for (const material of MATERIALS) {
    if ((await commons.listGroupBuyPools({ handle: material.pool.handle })).length) continue
    log(`commons: pool ${material.pool.title}`)
    const products = container.resolve(Modules.PRODUCT)
    let [product] = await products.listProducts({ handle: material.handle }, { relations: ["variants"] })
    if (!product) {
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: material.title,
              handle: material.handle,
              status: ProductStatus.PUBLISHED,
              options: [{ title: "Grade", values: ["Standard"] }],
              variants: [
                {
                  title: "Standard",
                  options: { Grade: "Standard" },
                  manage_inventory: false,
                  prices: [{ currency_code: "inr", amount: material.pool.tiers[0].unit_price }],
                },
              ],
            },
          ],
        },
      })
      product = result[0]
    }
    const { days_open, ...terms } = material.pool
    const { result: pool } = await createPoolWorkflow(container).run({
      input: {
        ...terms,
        product_id: product.id,
        variant_id: product.variants[0].id,
        currency_code: "inr",
        opens_at: new Date(Date.now() - DAY),
        closes_at: new Date(Date.now() + days_open * DAY),
        fulfilment: "pickup",
        pickup_point: "Dharavi Commons Warehouse, 90 Feet Road",
        cost_split: "quantity",
        manager_type: "admin",
      },
    })
    await openPoolWorkflow(container).run({ input: { id: pool.id } })
    for (const [i, quantity] of material.pledges.entries()) {
      const customer_id = pledgers[i]
      if (!customer_id) continue
      await createPledgeWorkflow(container).run({
        input: {
          pool_id: pool.id,
          customer_id,
          quantity,
          flex_quantity: 5,
          payment: { provider_id: "pp_system_default" },
        },
      })
    }
  }
}
