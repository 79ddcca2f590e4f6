import fs from "fs"
import path from "path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PriceListStatus, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createCustomerGroupsWorkflow,
  createInventoryLevelsWorkflow,
  createPriceListsWorkflow,
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATEGORIES, COLLECTIONS, PRODUCTS, foreignPrices, optionCombinations, variantPriceInr } from "./seed/catalogue"
import { makerPhotoSvg, productImageSvg } from "./seed/images"
import { DEMO_SELLER_PASSWORD, DIGIPRENEUR, MAKERS } from "./seed/makers"
import { seedCommons } from "./seed/commons"
import { seedJobs } from "./seed/jobs"
import { indexSearch } from "./seed/search"
import { SKILL_COURSES, seedSkillSchool } from "./seed/skill-school"
import { DEMO_BUYER, seedDemoBuyer, seedWholesale } from "./seed/wholesale"
import {
  addSellerMemberWorkflow,
  createSellerWorkflow,
  registerSellerUserWorkflow,
  setSellerStatusWorkflow,
} from "@dharavi/marketplace/workflows"
import type { UnitKind } from "@dharavi/makerspace/contract"
import { MAKERSPACE_MODULE } from "@dharavi/makerspace/modules/makerspace"

/**
 * Demo data for Made in Dharavi. Runs once: a store already seeded (store.metadata.dharavi_seeded_at)
 * is left alone, except that the storefront's publishable key file is written again, so a fresh
 * checkout of the storefront finds the key of whatever database it is pointed at.
 *
 * Run with `npm run seed` (root) or `medusa exec ./src/scripts/seed.ts` in backend/.
 * Env: SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD (admin login), STOREFRONT_ENV_FILE (where the
 * publishable key is written; default storefront/.env.local).
 */

export const SALES_CHANNEL_NAME = "Made in Dharavi Storefront"
export const STOCK_LOCATION_NAME = "Dharavi Commons Warehouse"
export const PUBLISHABLE_KEY_TITLE = "Made in Dharavi storefront"
export const DEMO_ADMIN = {
  email: process.env.SEED_ADMIN_EMAIL || "admin@dharavi.local",
  password: process.env.SEED_ADMIN_PASSWORD || "dharavi-admin",
}

/** Regions: Medusa gives a region one currency, so INR/USD/EUR are three regions. */
export const REGIONS = [
  { name: "India", currency_code: "inr", countries: ["in"] },
  {
    name: "International",
    currency_code: "usd",
    countries: ["us", "gb", "ca", "au", "ae", "sg", "jp", "nz", "za", "ch"],
  },
  { name: "Europe", currency_code: "eur", countries: ["de", "fr", "it", "es", "nl", "be", "at", "ie", "pt", "fi"] },
]

export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeModule = container.resolve(Modules.STORE)

  const [store] = await storeModule.listStores()
  if (store.metadata?.dharavi_seeded_at) {
    logger.info(`Demo data already seeded at ${store.metadata.dharavi_seeded_at}; nothing to do.`)
    // A database seeded before the search plugin existed gets its index built once.
    await indexSearch(container, (step) => logger.info(`[seed] ${step}`), { onlyIfEmpty: true })
    await writeStorefrontEnv(container)
    return
  }

  const progress = (step: string) => logger.info(`[seed] ${step}`)

  progress("sales channel and store currencies")
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Direct from Dharavi's makers" }] },
  })
  const salesChannel = channels[0]

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Made in Dharavi",
        supported_currencies: [
          { currency_code: "inr", is_default: true },
          { currency_code: "usd" },
          { currency_code: "eur" },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  progress("regions India (INR), International (USD), Europe (EUR) and tax regions")
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: REGIONS.map((r) => ({ ...r, payment_providers: ["pp_system_default"], automatic_taxes: true })),
    },
  })
  const regionByCurrency = Object.fromEntries(regions.map((r) => [r.currency_code, r]))
  await createTaxRegionsWorkflow(container).run({
    input: REGIONS.flatMap((r) => r.countries).map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_region_id: regionByCurrency.inr.id } },
  })

  progress(`stock location "${STOCK_LOCATION_NAME}", fulfilment and shipping options`)
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: STOCK_LOCATION_NAME,
          address: {
            address_1: "90 Feet Road, near Kumbharwada",
            city: "Mumbai",
            province: "Maharashtra",
            postal_code: "400017",
            country_code: "in",
          },
        },
      ],
    },
  })
  const location = locations[0]
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Dharavi dispatch",
    type: "shipping",
    service_zones: [
      { name: "India", geo_zones: [{ type: "country", country_code: "in" }] },
      {
        name: "Worldwide",
        geo_zones: REGIONS.filter((r) => r.currency_code !== "inr")
          .flatMap((r) => r.countries)
          .map((country_code) => ({ type: "country" as const, country_code })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannel.id] },
  })

  const existingProfiles = await fulfillment.listShippingProfiles({ type: "default" })
  const shippingProfile =
    existingProfiles[0] ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
    ).result[0]

  const zone = (name: string) => fulfillmentSet.service_zones.find((z) => z.name === name)!.id
  const storeRules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard delivery (India, 4-6 days)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone("India"),
        shipping_profile_id: shippingProfile.id,
        type: { label: "Standard", description: "Courier across India in 4-6 days", code: "standard-in" },
        prices: [
          { currency_code: "inr", amount: 79 },
          { region_id: regionByCurrency.inr.id, amount: 79 },
        ],
        rules: storeRules,
      },
      {
        name: "Express delivery (India, 1-2 days)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone("India"),
        shipping_profile_id: shippingProfile.id,
        type: { label: "Express", description: "Next-day in Mumbai, 2 days across India", code: "express-in" },
        prices: [
          { currency_code: "inr", amount: 199 },
          { region_id: regionByCurrency.inr.id, amount: 199 },
        ],
        rules: storeRules,
      },
      {
        name: "International Speed Post (7-14 days)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zone("Worldwide"),
        shipping_profile_id: shippingProfile.id,
        type: { label: "International", description: "India Post EMS, tracked", code: "intl-post" },
        prices: [
          { currency_code: "usd", amount: 19 },
          { currency_code: "eur", amount: 18 },
          { region_id: regionByCurrency.usd.id, amount: 19 },
          { region_id: regionByCurrency.eur.id, amount: 18 },
        ],
        rules: storeRules,
      },
    ],
  })

  progress("publishable API key for the storefront")
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [salesChannel.id] } })

  progress("categories, collections and tags")
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: CATEGORIES.map((c) => ({
        name: c.name.en,
        handle: c.handle,
        description: c.description,
        is_active: true,
        metadata: { i18n: { hi: { name: c.name.hi }, mr: { name: c.name.mr } } },
      })),
    },
  })
  const categoryId = Object.fromEntries(categories.map((c) => [c.handle, c.id]))
  const { result: collections } = await createCollectionsWorkflow(container).run({
    input: { collections: COLLECTIONS },
  })
  const collectionId = Object.fromEntries(collections.map((c) => [c.handle, c.id]))
  const { result: tags } = await createProductTagsWorkflow(container).run({
    input: { product_tags: [...new Set(PRODUCTS.flatMap((p) => p.tags))].map((value) => ({ value })) },
  })
  const tagId = Object.fromEntries(tags.map((t) => [t.value, t.id]))

  progress(`product images (${PRODUCTS.length * 2} small SVGs through the file module)`)
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: PRODUCTS.flatMap((p) =>
        [0, 1].map((i) => ({
          filename: `dharavi/${p.handle}-${i + 1}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(productImageSvg(p, i)).toString("base64"),
          access: "public" as const,
        }))
      ),
    },
  })

  progress(`${PRODUCTS.length} products with variants and prices in INR, USD and EUR`)
  await createProductsWorkflow(container).run({
    input: {
      products: PRODUCTS.map((p, index) => {
        const images = files.slice(index * 2, index * 2 + 2).map((f) => ({ url: f.url }))
        return {
          title: p.title.en,
          handle: p.handle,
          subtitle: "Made in Dharavi",
          description: p.description,
          status: ProductStatus.PUBLISHED,
          weight: p.weight,
          origin_country: "in",
          shipping_profile_id: shippingProfile.id,
          category_ids: [categoryId[p.category]],
          collection_id: collectionId[p.collection],
          thumbnail: images[0].url,
          images,
          tag_ids: p.tags.map((value) => tagId[value]),
          metadata: { i18n: { hi: { title: p.title.hi }, mr: { title: p.title.mr } } },
          options: p.options,
          sales_channels: [{ id: salesChannel.id }],
          variants: optionCombinations(p.options).map((combo) => {
            const inr = variantPriceInr(p, combo)
            const { usd, eur } = foreignPrices(inr)
            return {
              title: Object.values(combo).join(" / "),
              sku: skuFor(p.handle, combo),
              options: combo,
              manage_inventory: true,
              prices: [
                { currency_code: "inr", amount: inr },
                { currency_code: "usd", amount: usd },
                { currency_code: "eur", amount: eur },
              ],
            }
          }),
        }
      }),
    },
  })

  progress(`stock at ${STOCK_LOCATION_NAME}`)
  const { data: inventoryItems } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"] })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((item, i) => ({
        location_id: location.id,
        inventory_item_id: item.id,
        // Deterministic, varied stock: small workshops hold small batches.
        stocked_quantity: 15 + ((i * 37) % 120),
      })),
    },
  })

  progress(
    `${MAKERS.length} makers owning the catalogue, and a digi-preneur managing ${MAKERS.filter((m) => m.managedByDigipreneur).length} of them`
  )
  await seedMakers(container)

  progress("wholesale: buyers' customer group, tier price list, minimums and case packs, sellers' terms")
  await seedWholesale(container, progress)
  progress(`wholesale demo buyer ${DEMO_BUYER.email}`)
  await seedDemoBuyer(container)

  progress("commons: group-buy pools for hides and clay, with the demo buyer's pledge")
  const [buyer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: DEMO_BUYER.email, has_account: true })
  await seedCommons(container, buyer ? [buyer.id] : [], progress)

  progress("jobs: karigars, employer profiles for four makers, live and pending job posts, applications")
  await seedJobs(container, progress)

  progress("a tool-house with benches, machines and storage bays")
  await seedToolHouse(container)

  // After the tool-house: the safety course grants the laser cutter's qualification.
  progress(`skill school: ${SKILL_COURSES.length} courses with lessons, and upcoming workshops`)
  await seedSkillSchool(container, progress)

  progress(`admin user ${DEMO_ADMIN.email}`)
  await ensureAdminUser(container)

  await indexSearch(container, progress)

  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { metadata: { dharavi_seeded_at: new Date().toISOString() } } },
  })
  await writeStorefrontEnv(container)
  logger.info(
    `[seed] done: ${PRODUCTS.length} products, ${inventoryItems.length} stocked variants, ${regions.length} regions`
  )
}

/** Signs up a demo person with an email login for the seller actor (as the storefront's "Sell with us" does). */
async function seedSellerUser(
  container: ExecArgs["container"],
  person: { name: string; email: string; phone: string }
) {
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: person.email, password: DEMO_SELLER_PASSWORD },
  })
  if (error || !authIdentity) throw new Error(`could not register ${person.email}: ${error}`)
  const { result } = await registerSellerUserWorkflow(container).run({
    input: { auth_identity_id: authIdentity.id, email: person.email, name: person.name, phone: person.phone },
  })
  return result
}

async function seedMakers(container: ExecArgs["container"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
  const productId = Object.fromEntries(products.map((p) => [p.handle, p.id]))
  const { result: photos } = await uploadFilesWorkflow(container).run({
    input: {
      files: MAKERS.map((m) => ({
        filename: `dharavi/maker-${m.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(makerPhotoSvg(m.name, m.category)).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  const digipreneur = await seedSellerUser(container, DIGIPRENEUR)
  for (const [i, maker] of MAKERS.entries()) {
    const owner = await seedSellerUser(container, maker.owner)
    const { result } = await createSellerWorkflow(container).run({
      input: {
        user_id: owner.id,
        seller: {
          handle: maker.handle,
          name: maker.name,
          kind: maker.kind,
          crafts: maker.crafts,
          area: maker.area,
          story: maker.story,
          photo_url: photos[i].url,
          contact: { phone: maker.owner.phone, email: maker.owner.email },
          verification_status: "verified",
        },
      },
    })
    await setSellerStatusWorkflow(container).run({ input: { seller_id: result.seller.id, status: "active" } })
    await link.create(
      maker.products.map((handle) => ({
        seller: { seller_id: result.seller.id },
        [Modules.PRODUCT]: { product_id: productId[handle] },
      }))
    )
    if (maker.managedByDigipreneur) {
      await addSellerMemberWorkflow(container).run({
        input: {
          member: {
            seller_id: result.seller.id,
            user_id: digipreneur.id,
            role: "digipreneur",
            revenue_share: DIGIPRENEUR.revenue_share,
          },
          actor: { user_id: owner.id, role: "owner" },
        },
      })
    }
  }
}

/**
 * Kala Killa Tool House: a shared workshop open 8:00-21:00 (Sundays 10:00-14:00), in Mumbai time.
 * Its storage bays hold goods, not people, so they are booked by whole days round the clock.
 */
async function seedToolHouse(container: ExecArgs["container"]) {
  const makerspace = container.resolve(MAKERSPACE_MODULE)
  const hours = (open: string, close: string) => [[open, close]]
  const [laserSafety] = await makerspace.createQualifications([
    { code: "laser-cutter-safety", name: { en: "Laser cutter safety", hi: "लेज़र कटर सुरक्षा", mr: "लेझर कटर सुरक्षा" } },
  ])
  const [house] = await makerspace.createToolHouses([
    {
      handle: "kala-killa-tool-house",
      name: "Kala Killa Tool House",
      area: "Kala Killa",
      address_landmark: "Behind the leather market, above the tea stall",
      description: {
        en: "A shared workshop for leather and garment makers: benches by the hour, machines you could never buy alone.",
        hi: "चमड़े और कपड़े के कारीगरों के लिए साझा वर्कशॉप: घंटे के हिसाब से बेंच, ऐसी मशीनें जो अकेले कभी न ख़रीद पाएँ।",
        mr: "चामडे आणि कपडे कारागिरांसाठी सामायिक कार्यशाळा: तासाने बाक, एकट्याने कधीच न घेता येणारी यंत्रे.",
      },
      timezone: "Asia/Kolkata",
      opening_hours: {
        mon: hours("08:00", "21:00"),
        tue: hours("08:00", "21:00"),
        wed: hours("08:00", "21:00"),
        thu: hours("08:00", "21:00"),
        fri: hours("08:00", "21:00"),
        sat: hours("08:00", "21:00"),
        sun: hours("10:00", "14:00"),
      },
    },
  ])
  const units: SeedUnit[] = [
    ...Array.from({ length: 6 }, (_, i): SeedUnit => ({ name: `Work bench ${i + 1}`, kind: "bench" })),
    { name: "Leather skiving machine", kind: "machine", buffer_after_minutes: 15 },
    { name: "Industrial sewing machine 1", kind: "machine" },
    { name: "Industrial sewing machine 2", kind: "machine" },
    {
      name: "Laser cutter",
      kind: "machine",
      required_qualification_id: laserSafety.id,
      buffer_after_minutes: 30,
      daily_cap_minutes: 240,
    },
    // By the day: at least one whole day, at most 30 in a row.
    {
      name: "Storage bay A",
      kind: "storage_bay",
      min_minutes: 24 * 60,
      max_minutes: 30 * 24 * 60,
      slot_minutes: 60,
      max_advance_days: 60,
    },
    {
      name: "Storage bay B",
      kind: "storage_bay",
      min_minutes: 24 * 60,
      max_minutes: 30 * 24 * 60,
      slot_minutes: 60,
      max_advance_days: 60,
    },
  ]
  // Hourly prices live in Medusa's pricing module, on a product in no sales channel (never listed in
  // the shop): one variant per kind of unit, with a cheaper rate for the makers' co-op.
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Tool-house time",
          handle: "tool-house-time",
          status: ProductStatus.PUBLISHED,
          options: [{ title: "Unit", values: ["Bench", "Machine", "Laser", "Storage"] }],
          variants: [
            ["Bench", 80],
            ["Machine", 150],
            ["Laser", 400],
            ["Storage", 10],
          ].map(([value, inr]) => {
            const { usd, eur } = foreignPrices(inr as number)
            return {
              title: `${value} hour`,
              options: { Unit: value as string },
              manage_inventory: false,
              prices: [
                { currency_code: "inr", amount: inr as number },
                { currency_code: "usd", amount: usd },
                { currency_code: "eur", amount: eur },
              ],
            }
          }),
        },
      ],
    },
  })
  const variantFor = (value: string) => products[0].variants.find((v) => v.title === `${value} hour`)!.id
  const { result: groups } = await createCustomerGroupsWorkflow(container).run({
    input: { customersData: [{ name: "Dharavi Makers Co-op" }] },
  })
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: "Co-op member tool-house rates",
          description: "Members of the makers' co-op book benches and machines for less",
          status: PriceListStatus.ACTIVE,
          rules: { "customer.groups.id": [groups[0].id] },
          prices: [
            { variant_id: variantFor("Bench"), currency_code: "inr", amount: 50 },
            { variant_id: variantFor("Machine"), currency_code: "inr", amount: 100 },
          ],
        },
      ],
    },
  })
  const priceOf = (u: { kind: string; name: string }) =>
    u.name === "Laser cutter"
      ? variantFor("Laser")
      : u.kind === "bench"
        ? variantFor("Bench")
        : u.kind === "machine"
          ? variantFor("Machine")
          : variantFor("Storage")
  await makerspace.createBookableUnits(units.map((u) => ({ ...u, tool_house_id: house.id, variant_id: priceOf(u) })))
}

/** A demo unit of the tool-house, before its tool-house and price are known. */
type SeedUnit = {
  name: string
  kind: UnitKind
  required_qualification_id?: string
  buffer_after_minutes?: number
  daily_cap_minutes?: number
  min_minutes?: number
  max_minutes?: number
  slot_minutes?: number
  max_advance_days?: number
}

/** A readable, unique SKU for demo variants: MID-<PRODUCT>-<OPTION VALUES>. */
function skuFor(handle: string, combo: Record<string, string>): string {
  const code = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, "")
  const product = handle
    .split("-")
    .map((w) => code(w).slice(0, 3))
    .join("")
    .slice(0, 12)
  return ["MID", product, ...Object.values(combo).map((v) => code(v).slice(0, 4))].join("-")
}

async function ensureAdminUser(container: ExecArgs["container"]) {
  const userModule = container.resolve(Modules.USER)
  const existing = await userModule.listUsers({ email: DEMO_ADMIN.email })
  if (existing.length) return
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  })
  if (error || !authIdentity) throw new Error(`could not register the demo admin: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: DEMO_ADMIN.email, first_name: "Dharavi", last_name: "Admin" },
    },
  })
}

/** Writes the publishable key and backend URL where the storefront reads them at run time. */
async function writeStorefrontEnv(container: ExecArgs["container"]) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [key] = await apiKeys.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  if (!key) return
  const file = process.env.STOREFRONT_ENV_FILE || path.resolve(__dirname, "../../../storefront/.env.local")
  const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    `# Written by the seed script (backend/src/scripts/seed.ts); do not commit.\n` +
      `MEDUSA_BACKEND_URL=${backendUrl}\nMEDUSA_PUBLISHABLE_KEY=${key.token}\n`
  )
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`[seed] publishable key written to ${file}`)
}
