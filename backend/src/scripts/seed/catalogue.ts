/**
 * The demo catalogue: real kinds of goods made in Dharavi's workshops.
 * Prices are in rupees; foreign prices are derived by `foreignPrices` so the
 * three currencies never drift apart by hand.
 */

export type CategoryHandle = "leather-goods" | "pottery" | "embroidery-zari" | "garments" | "recycled-goods"

export type Localized = { en: string; hi: string; mr: string }

export type CatalogueCategory = {
  handle: CategoryHandle
  name: Localized
  description: string
}

export type CatalogueProduct = {
  handle: string
  title: Localized
  description: string
  category: CategoryHandle
  collection: string
  /** Options, each with its values; variants are their cartesian product. */
  options: { title: string; values: string[] }[]
  /** Retail price in INR for the first variant; other values may add a surcharge. */
  inr: number
  /** INR surcharge per option value (e.g. a larger size costs more). */
  surcharge?: Record<string, number>
  weight: number
  tags: string[]
  motif: ImageMotif
}

export type ImageMotif =
  "bag" | "wallet" | "belt" | "shoe" | "pot" | "diya" | "lamp" | "cloth" | "shirt" | "basket" | "box"

export const CATEGORIES: CatalogueCategory[] = [
  {
    handle: "leather-goods",
    name: { en: "Leather goods", hi: "चमड़े का सामान", mr: "चामड्याच्या वस्तू" },
    description: "Bags, wallets, belts and shoes cut and stitched in Dharavi's leather lanes.",
  },
  {
    handle: "pottery",
    name: { en: "Pottery (Kumbharwada)", hi: "मिट्टी के बर्तन (कुंभारवाड़ा)", mr: "मातीची भांडी (कुंभारवाडा)" },
    description: "Wheel-thrown and kiln-fired by the potters of Kumbharwada.",
  },
  {
    handle: "embroidery-zari",
    name: { en: "Embroidery & zari", hi: "कढ़ाई और ज़री", mr: "भरतकाम आणि जरी" },
    description: "Hand embroidery and metallic zari work by Dharavi's karigars.",
  },
  {
    handle: "garments",
    name: { en: "Garments", hi: "कपड़े", mr: "कपडे" },
    description: "Everyday and export-quality garments from Dharavi's tailoring units.",
  },
  {
    handle: "recycled-goods",
    name: { en: "Recycled goods", hi: "रीसायकल सामान", mr: "पुनर्वापर वस्तू" },
    description: "Plastic, paper, tyre and textile waste turned into useful things.",
  },
]

export const COLLECTIONS: { handle: string; title: string }[] = [
  { handle: "everyday-leather", title: "Everyday Leather" },
  { handle: "kumbharwada-clay", title: "Kumbharwada Clay" },
  { handle: "festive-zari", title: "Festive Zari" },
  { handle: "dharavi-tailors", title: "Dharavi Tailors" },
  { handle: "upcycled-dharavi", title: "Upcycled Dharavi" },
]

const COLOURS_LEATHER = ["Tan", "Black", "Oxblood"]
const SIZES = ["S", "M", "L", "XL"]

export const PRODUCTS: CatalogueProduct[] = [
  // Leather goods
  {
    handle: "dharavi-leather-laptop-bag",
    title: { en: "Leather Laptop Bag", hi: "चमड़े का लैपटॉप बैग", mr: "चामड्याची लॅपटॉप बॅग" },
    description:
      "Full-grain buffalo leather laptop bag with brass buckles, fits a 15-inch laptop. Cut, skived and stitched by hand.",
    category: "leather-goods",
    collection: "everyday-leather",
    options: [{ title: "Colour", values: COLOURS_LEATHER }],
    inr: 4499,
    weight: 1400,
    tags: ["leather", "bag", "office"],
    motif: "bag",
  },
  {
    handle: "bifold-wallet",
    title: { en: "Bifold Wallet", hi: "बाइफोल्ड बटुआ", mr: "बायफोल्ड पाकीट" },
    description: "Slim bifold wallet with six card slots, vegetable-tanned leather and saddle stitching.",
    category: "leather-goods",
    collection: "everyday-leather",
    options: [{ title: "Colour", values: COLOURS_LEATHER }],
    inr: 799,
    weight: 120,
    tags: ["leather", "wallet", "gift"],
    motif: "wallet",
  },
  {
    handle: "hand-stitched-belt",
    title: { en: "Hand-stitched Belt", hi: "हाथ से सिली बेल्ट", mr: "हाताने शिवलेला पट्टा" },
    description: "38 mm belt cut from a single strip of leather, edges burnished by hand.",
    category: "leather-goods",
    collection: "everyday-leather",
    options: [
      { title: "Colour", values: ["Tan", "Black"] },
      { title: "Size", values: ["32", "34", "36", "38"] },
    ],
    inr: 999,
    weight: 250,
    tags: ["leather", "belt"],
    motif: "belt",
  },
  {
    handle: "kolhapuri-style-chappal",
    title: { en: "Kolhapuri-style Chappal", hi: "कोल्हापुरी चप्पल", mr: "कोल्हापुरी चप्पल" },
    description: "Braided-strap chappal on a stitched leather sole, made in a Dharavi footwear unit.",
    category: "leather-goods",
    collection: "everyday-leather",
    options: [{ title: "Size", values: ["6", "7", "8", "9", "10"] }],
    inr: 1299,
    weight: 600,
    tags: ["leather", "footwear"],
    motif: "shoe",
  },
  {
    handle: "leather-tote",
    title: { en: "Leather Tote", hi: "चमड़े का टोट बैग", mr: "चामड्याची टोट बॅग" },
    description: "Unlined tote with an inside pocket; soft goat leather that darkens beautifully with use.",
    category: "leather-goods",
    collection: "everyday-leather",
    options: [{ title: "Colour", values: COLOURS_LEATHER }],
    inr: 2999,
    weight: 800,
    tags: ["leather", "bag"],
    motif: "bag",
  },
  {
    handle: "passport-cover",
    title: { en: "Passport Cover", hi: "पासपोर्ट कवर", mr: "पासपोर्ट कव्हर" },
    description: "Passport cover with boarding-pass sleeve, embossed with a small Dharavi mark.",
    category: "leather-goods",
    collection: "everyday-leather",
    options: [{ title: "Colour", values: ["Tan", "Black"] }],
    inr: 599,
    weight: 90,
    tags: ["leather", "travel", "gift"],
    motif: "wallet",
  },
  {
    handle: "leather-duffel",
    title: { en: "Weekender Duffel", hi: "वीकेंडर डफ़ल बैग", mr: "वीकेंडर डफल बॅग" },
    description: "Large duffel with a detachable strap and reinforced base, for two nights away.",
    category: "leather-goods",
    collection: "everyday-leather",
    options: [{ title: "Colour", values: ["Tan", "Oxblood"] }],
    inr: 6999,
    weight: 2200,
    tags: ["leather", "bag", "travel"],
    motif: "bag",
  },
  // Pottery (Kumbharwada)
  {
    handle: "kumbharwada-matka",
    title: { en: "Kumbharwada Water Matka", hi: "कुंभारवाड़ा पानी का मटका", mr: "कुंभारवाडा पाण्याचा माठ" },
    description: "Porous terracotta pot that keeps drinking water cool without electricity.",
    category: "pottery",
    collection: "kumbharwada-clay",
    options: [{ title: "Capacity", values: ["5 L", "10 L", "15 L"] }],
    inr: 449,
    surcharge: { "10 L": 200, "15 L": 400 },
    weight: 3000,
    tags: ["terracotta", "kitchen"],
    motif: "pot",
  },
  {
    handle: "diwali-diya-set",
    title: { en: "Diwali Diya Set", hi: "दिवाली दीया सेट", mr: "दिवाळी पणती संच" },
    description: "Hand-pressed clay diyas, sun-dried and kiln-fired; painted or plain.",
    category: "pottery",
    collection: "kumbharwada-clay",
    options: [
      { title: "Pack", values: ["12 pieces", "24 pieces"] },
      { title: "Finish", values: ["Plain", "Painted"] },
    ],
    inr: 199,
    surcharge: { "24 pieces": 180, Painted: 120 },
    weight: 700,
    tags: ["terracotta", "festive", "diwali"],
    motif: "diya",
  },
  {
    handle: "terracotta-planter",
    title: { en: "Terracotta Planter", hi: "टेराकोटा गमला", mr: "टेराकोटा कुंडी" },
    description: "Round planter with a drainage hole and saucer, thrown on the wheel.",
    category: "pottery",
    collection: "kumbharwada-clay",
    options: [{ title: "Size", values: ["Small", "Medium", "Large"] }],
    inr: 349,
    surcharge: { Medium: 150, Large: 350 },
    weight: 1800,
    tags: ["terracotta", "garden"],
    motif: "pot",
  },
  {
    handle: "kulhad-chai-cups",
    title: { en: "Kulhad Chai Cups", hi: "कुल्हड़ चाय कप", mr: "कुल्हड चहा कप" },
    description: "Unglazed clay cups for cutting chai, the way Mumbai drinks it.",
    category: "pottery",
    collection: "kumbharwada-clay",
    options: [{ title: "Pack", values: ["6 cups", "12 cups"] }],
    inr: 249,
    surcharge: { "12 cups": 200 },
    weight: 900,
    tags: ["terracotta", "kitchen", "chai"],
    motif: "pot",
  },
  {
    handle: "clay-hanging-lamp",
    title: { en: "Clay Hanging Lamp", hi: "मिट्टी का लटकने वाला लैंप", mr: "मातीचा टांगता दिवा" },
    description: "Pierced clay lampshade that throws patterns on the wall; fitted with a cotton cord.",
    category: "pottery",
    collection: "kumbharwada-clay",
    options: [{ title: "Finish", values: ["Natural", "Black smoked"] }],
    inr: 1499,
    surcharge: { "Black smoked": 200 },
    weight: 1200,
    tags: ["terracotta", "lighting", "home"],
    motif: "lamp",
  },
  {
    handle: "glazed-serving-bowl",
    title: { en: "Glazed Serving Bowl", hi: "ग्लेज़्ड सर्विंग बाउल", mr: "ग्लेझ्ड वाढणी वाडगा" },
    description: "Stoneware serving bowl in a sea-green glaze, food safe.",
    category: "pottery",
    collection: "kumbharwada-clay",
    options: [{ title: "Size", values: ["20 cm", "26 cm"] }],
    inr: 899,
    surcharge: { "26 cm": 300 },
    weight: 1100,
    tags: ["stoneware", "kitchen"],
    motif: "pot",
  },
  // Embroidery & zari
  {
    handle: "zari-clutch",
    title: { en: "Zari Embroidered Clutch", hi: "ज़री कढ़ाई वाला क्लच", mr: "जरी भरतकाम क्लच" },
    description: "Silk clutch covered in hand-worked zari and sequins, with a magnetic clasp.",
    category: "embroidery-zari",
    collection: "festive-zari",
    options: [{ title: "Colour", values: ["Maroon", "Emerald", "Midnight blue"] }],
    inr: 1799,
    weight: 300,
    tags: ["zari", "festive", "wedding"],
    motif: "wallet",
  },
  {
    handle: "zardozi-cushion-cover",
    title: { en: "Zardozi Cushion Cover", hi: "ज़रदोज़ी कुशन कवर", mr: "जरदोजी उशी कव्हर" },
    description: "Velvet cushion cover with a zardozi medallion, 40 x 40 cm.",
    category: "embroidery-zari",
    collection: "festive-zari",
    options: [{ title: "Colour", values: ["Ivory", "Ruby", "Teal"] }],
    inr: 1299,
    weight: 350,
    tags: ["zari", "home"],
    motif: "cloth",
  },
  {
    handle: "aari-work-dupatta",
    title: { en: "Aari Work Dupatta", hi: "आरी वर्क दुपट्टा", mr: "आरी वर्क ओढणी" },
    description: "Georgette dupatta with an aari-embroidered border, about 2.3 m long.",
    category: "embroidery-zari",
    collection: "festive-zari",
    options: [{ title: "Colour", values: ["Peach", "Mint", "Black"] }],
    inr: 2199,
    weight: 250,
    tags: ["embroidery", "festive"],
    motif: "cloth",
  },
  {
    handle: "embroidered-potli",
    title: { en: "Embroidered Potli Bag", hi: "कढ़ाई वाली पोटली", mr: "भरतकाम पोटली" },
    description: "Drawstring potli for weddings and pujas, with beadwork and zari.",
    category: "embroidery-zari",
    collection: "festive-zari",
    options: [{ title: "Colour", values: ["Gold", "Pink", "Red"] }],
    inr: 699,
    weight: 150,
    tags: ["zari", "wedding", "gift"],
    motif: "bag",
  },
  {
    handle: "zari-table-runner",
    title: { en: "Zari Table Runner", hi: "ज़री टेबल रनर", mr: "जरी टेबल रनर" },
    description: "Raw-silk table runner with zari borders, 180 cm long.",
    category: "embroidery-zari",
    collection: "festive-zari",
    options: [{ title: "Colour", values: ["Gold on cream", "Silver on grey"] }],
    inr: 1599,
    weight: 400,
    tags: ["zari", "home"],
    motif: "cloth",
  },
  {
    handle: "hand-embroidered-wall-hanging",
    title: {
      en: "Hand-embroidered Wall Hanging",
      hi: "हाथ की कढ़ाई वाला वॉल हैंगिंग",
      mr: "हाताने भरतकाम केलेले भिंतीवरील सजावट",
    },
    description: "Mirror-work and chain-stitch wall hanging on a wooden dowel.",
    category: "embroidery-zari",
    collection: "festive-zari",
    options: [{ title: "Size", values: ["45 cm", "90 cm"] }],
    inr: 1899,
    surcharge: { "90 cm": 1400 },
    weight: 500,
    tags: ["embroidery", "home"],
    motif: "cloth",
  },
  // Garments
  {
    handle: "khadi-kurta",
    title: { en: "Khadi Kurta", hi: "खादी कुर्ता", mr: "खादी कुर्ता" },
    description: "Hand-spun khadi kurta with a mandarin collar, cut and stitched in Dharavi.",
    category: "garments",
    collection: "dharavi-tailors",
    options: [
      { title: "Size", values: SIZES },
      { title: "Colour", values: ["White", "Indigo"] },
    ],
    inr: 1199,
    weight: 350,
    tags: ["cotton", "khadi", "menswear"],
    motif: "shirt",
  },
  {
    handle: "block-print-shirt",
    title: { en: "Block-print Cotton Shirt", hi: "ब्लॉक प्रिंट कॉटन शर्ट", mr: "ब्लॉक प्रिंट कॉटन शर्ट" },
    description: "Half-sleeve shirt in hand-block-printed cotton, coconut buttons.",
    category: "garments",
    collection: "dharavi-tailors",
    options: [{ title: "Size", values: SIZES }],
    inr: 1399,
    weight: 300,
    tags: ["cotton", "menswear"],
    motif: "shirt",
  },
  {
    handle: "denim-jacket",
    title: { en: "Dharavi Denim Jacket", hi: "धारावी डेनिम जैकेट", mr: "धारावी डेनिम जॅकेट" },
    description: "Heavy denim trucker jacket from an export unit, chain-stitched hems.",
    category: "garments",
    collection: "dharavi-tailors",
    options: [{ title: "Size", values: SIZES }],
    inr: 2499,
    weight: 900,
    tags: ["denim", "export"],
    motif: "shirt",
  },
  {
    handle: "cotton-saree-blouse",
    title: { en: "Cotton Saree Blouse", hi: "कॉटन साड़ी ब्लाउज़", mr: "कॉटन साडी ब्लाउज" },
    description: "Ready-to-wear blouse with hook closure and a lined bodice.",
    category: "garments",
    collection: "dharavi-tailors",
    options: [{ title: "Size", values: ["32", "34", "36", "38", "40"] }],
    inr: 699,
    weight: 150,
    tags: ["cotton", "womenswear"],
    motif: "shirt",
  },
  {
    handle: "kids-frock",
    title: { en: "Kids' Cotton Frock", hi: "बच्चों की कॉटन फ्रॉक", mr: "मुलांचा कॉटन फ्रॉक" },
    description: "Soft cotton frock with a smocked yoke, for ages 2 to 8.",
    category: "garments",
    collection: "dharavi-tailors",
    options: [{ title: "Age", values: ["2-3", "4-5", "6-8"] }],
    inr: 549,
    weight: 200,
    tags: ["cotton", "kidswear"],
    motif: "shirt",
  },
  {
    handle: "work-apron",
    title: { en: "Canvas Work Apron", hi: "कैनवास वर्क एप्रन", mr: "कॅनव्हास कामाचा एप्रन" },
    description: "Heavy canvas apron with leather straps, for kitchens, studios and workshops.",
    category: "garments",
    collection: "dharavi-tailors",
    options: [{ title: "Colour", values: ["Olive", "Charcoal"] }],
    inr: 1099,
    weight: 500,
    tags: ["canvas", "workwear"],
    motif: "cloth",
  },
  // Recycled goods
  {
    handle: "tyre-tube-wallet",
    title: { en: "Tyre-tube Wallet", hi: "टायर ट्यूब बटुआ", mr: "टायर ट्यूब पाकीट" },
    description: "Wallet made from cleaned truck inner tubes, waterproof and nearly indestructible.",
    category: "recycled-goods",
    collection: "upcycled-dharavi",
    options: [{ title: "Style", values: ["Bifold", "Card holder"] }],
    inr: 499,
    weight: 100,
    tags: ["recycled", "rubber", "wallet"],
    motif: "wallet",
  },
  {
    handle: "recycled-plastic-basket",
    title: { en: "Woven Plastic-strip Basket", hi: "प्लास्टिक पट्टी की बुनी टोकरी", mr: "प्लास्टिक पट्टीची विणलेली टोपली" },
    description: "Basket woven from sorted and washed packaging strips collected in Dharavi's recycling units.",
    category: "recycled-goods",
    collection: "upcycled-dharavi",
    options: [{ title: "Size", values: ["Small", "Large"] }],
    inr: 399,
    surcharge: { Large: 250 },
    weight: 400,
    tags: ["recycled", "plastic", "home"],
    motif: "basket",
  },
  {
    handle: "newspaper-pencil-box",
    title: { en: "Rolled-newspaper Pencil Box", hi: "अख़बार से बना पेंसिल बॉक्स", mr: "वर्तमानपत्रापासून पेन्सिल बॉक्स" },
    description: "Desk organiser of tightly rolled newspaper, lacquered to last.",
    category: "recycled-goods",
    collection: "upcycled-dharavi",
    options: [{ title: "Finish", values: ["Natural", "Colour-washed"] }],
    inr: 299,
    weight: 250,
    tags: ["recycled", "paper", "stationery"],
    motif: "box",
  },
  {
    handle: "sari-rag-rug",
    title: { en: "Sari Rag Rug", hi: "पुरानी साड़ी की दरी", mr: "जुन्या साडीची सतरंजी" },
    description: "Braided rug from offcuts of saris and garment waste; every one is different.",
    category: "recycled-goods",
    collection: "upcycled-dharavi",
    options: [{ title: "Size", values: ["60 x 90 cm", "120 x 180 cm"] }],
    inr: 899,
    surcharge: { "120 x 180 cm": 1600 },
    weight: 1500,
    tags: ["recycled", "textile", "home"],
    motif: "cloth",
  },
  {
    handle: "cement-bag-tote",
    title: { en: "Cement-bag Tote", hi: "सीमेंट बोरी टोट बैग", mr: "सिमेंट गोणी टोट बॅग" },
    description: "Shopping tote sewn from woven polypropylene cement sacks, lined with cotton.",
    category: "recycled-goods",
    collection: "upcycled-dharavi",
    options: [{ title: "Size", values: ["Standard", "Market"] }],
    inr: 349,
    surcharge: { Market: 100 },
    weight: 250,
    tags: ["recycled", "bag"],
    motif: "bag",
  },
  {
    handle: "glass-bottle-lamp",
    title: { en: "Glass-bottle Lamp", hi: "काँच की बोतल का लैंप", mr: "काचेच्या बाटलीचा दिवा" },
    description: "Table lamp from a cut and polished glass bottle, with a fabric shade.",
    category: "recycled-goods",
    collection: "upcycled-dharavi",
    options: [{ title: "Colour", values: ["Amber", "Green", "Clear"] }],
    inr: 1299,
    weight: 1300,
    tags: ["recycled", "glass", "lighting"],
    motif: "lamp",
  },
  {
    handle: "aluminium-can-coasters",
    title: { en: "Aluminium-can Coasters", hi: "एल्युमिनियम कैन कोस्टर", mr: "ॲल्युमिनियम कॅन कोस्टर" },
    description: "Set of four coasters pressed from recycled aluminium cans, cork backed.",
    category: "recycled-goods",
    collection: "upcycled-dharavi",
    options: [{ title: "Pack", values: ["4 coasters", "8 coasters"] }],
    inr: 349,
    surcharge: { "8 coasters": 250 },
    weight: 200,
    tags: ["recycled", "metal", "kitchen"],
    motif: "box",
  },
]

/** Export prices: a fixed reference rate plus a small premium, rounded to a .99 price point. */
export function foreignPrices(inr: number): { usd: number; eur: number } {
  const charm = (x: number) => Math.max(1, Math.round(x)) - 0.01
  return { usd: charm((inr / 83) * 1.15), eur: charm((inr / 90) * 1.15) }
}

/** Every combination of option values, in option order. */
export function optionCombinations(options: { title: string; values: string[] }[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (combos, option) => combos.flatMap((combo) => option.values.map((value) => ({ ...combo, [option.title]: value }))),
    [{}]
  )
}

export function variantPriceInr(product: CatalogueProduct, combo: Record<string, string>): number {
  return Object.values(combo).reduce((sum, value) => sum + (product.surcharge?.[value] ?? 0), product.inr)
}
