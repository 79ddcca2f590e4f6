import http from "http"
import https from "https"
import PDFDocument from "pdfkit"
import QRCode from "qrcode"
import { PdfTextWriter as Writer } from "@dharavi/pdf-text"
import type { PriceTier } from "./wholesale-prices"

/**
 * Line sheets: the one-document catalogue a wholesale buyer orders from. A4 portrait, one product
 * per block in a single column (so it reads on a phone as well as on paper): photo, name, maker,
 * lead time and payment terms, a QR code linking to the product page, and a table of variants
 * with SKU, retail price (MSRP), wholesale price per quantity tier and MOQ / case pack.
 *
 * Text is Noto Sans (Latin) and Noto Sans Devanagari (Hindi labels and titles, and the rupee sign),
 * embedded from the @fontsource packages; each string is split into runs by script.
 */

export type LineSheetLang = "en" | "hi"
export type LineSheetCurrency = "inr" | "usd" | "eur"

export type LineSheetVariant = {
  id: string
  title: string
  sku: string | null
  /** Retail price (MSRP) per piece; null when the variant has none in this currency. */
  msrp: number | null
  tiers: PriceTier[]
  min_order_quantity: number | null
  case_pack: number | null
  lead_time_days: number | null
}

export type LineSheetProduct = {
  id: string
  handle: string
  title: string
  /** Titles by language from `product.metadata.i18n` ({ hi: { title } }). */
  i18n_titles: Partial<Record<LineSheetLang, string>>
  thumbnail: string | null
  maker: { name: string; handle: string | null } | null
  payment_terms: string
  min_order_value: number | null
  variants: LineSheetVariant[]
}

export type LineSheetData = {
  kind: "seller" | "collection"
  handle: string
  title: string
  subtitle: string | null
  currency_code: LineSheetCurrency
  /** A seller's own terms (seller sheets); collection sheets show each maker's with their products. */
  payment_terms: string | null
  min_order_value: number | null
  generated_at: string
  products: LineSheetProduct[]
}

export type RenderOptions = {
  lang: LineSheetLang
  /** Product pages live at `${storefront_url}/${lang}/products/${handle}`. */
  storefront_url: string
  /** Loads a product photo; null when it cannot be embedded. Defaults to `fetchRasterImage`. */
  loadImage?: (url: string) => Promise<Buffer | null>
}

const LABELS = {
  en: {
    title: "Wholesale line sheet",
    maker: "Maker",
    collection: "Collection",
    currency: "Prices in",
    date: "Date",
    payment_terms: "Payment terms",
    min_order_value: "Minimum order",
    lead_time: "Lead time",
    days: "days",
    variant: "Variant",
    sku: "SKU",
    msrp: "Retail (MSRP)",
    wholesale: "Wholesale price per piece",
    pcs: "pcs",
    moq: "MOQ / case",
    no_wholesale: "Wholesale price on request",
    photo: "Photo online",
    scan: "Scan for details",
    note: "Prices per piece, excluding GST and shipping. Order in whole cases, at least the MOQ.",
    page: "Page",
    of: "of",
    empty: "No products on sale yet.",
  },
  hi: {
    title: "थोक मूल्य सूची",
    maker: "कारीगर",
    collection: "संग्रह",
    currency: "मुद्रा",
    date: "तारीख़",
    payment_terms: "भुगतान की शर्तें",
    min_order_value: "न्यूनतम ऑर्डर",
    lead_time: "तैयारी का समय",
    days: "दिन",
    variant: "प्रकार",
    sku: "SKU",
    msrp: "खुदरा मूल्य (MSRP)",
    wholesale: "थोक मूल्य प्रति नग",
    pcs: "नग",
    moq: "न्यूनतम / केस",
    no_wholesale: "थोक मूल्य अनुरोध पर",
    photo: "फ़ोटो ऑनलाइन",
    scan: "स्कैन करें",
    note: "मूल्य प्रति नग हैं, GST और शिपिंग अलग। पूरे केस में और कम से कम न्यूनतम मात्रा में ऑर्डर करें।",
    page: "पृष्ठ",
    of: "/",
    empty: "अभी कोई उत्पाद बिक्री पर नहीं है।",
  },
} as const

export type Labels = { [K in keyof (typeof LABELS)["en"]]: string }
export const lineSheetLabels = (lang: LineSheetLang): Labels => LABELS[lang]

const LOCALE: Record<LineSheetCurrency, string> = { inr: "en-IN", usd: "en-US", eur: "en-IE" }

/** Money as printed on the sheet: ₹2,549, ₹1,23,450, $31.45, €27.20 (whole rupees without paise). */
export function formatMoney(amount: number, currency: LineSheetCurrency | string): string {
  const code = currency.toLowerCase() as LineSheetCurrency
  const whole = Number.isInteger(amount)
  return new Intl.NumberFormat(LOCALE[code] ?? "en-IN", {
    style: "currency",
    currency: code.toUpperCase(),
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: code === "inr" && whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount)
}

/** The heading of a tier column: "10–49 pcs", "200+ pcs". */
export function tierLabel(tier: Pick<PriceTier, "min_quantity" | "max_quantity">, lang: LineSheetLang): string {
  const range = tier.max_quantity == null ? `${tier.min_quantity}+` : `${tier.min_quantity}–${tier.max_quantity}`
  return `${range} ${LABELS[lang].pcs}`
}

export function productUrl(storefrontUrl: string, lang: LineSheetLang, handle: string): string {
  return `${storefrontUrl.replace(/\/+$/, "")}/${lang}/products/${encodeURIComponent(handle)}`
}

export const lineSheetFilename = (handle: string, lang: LineSheetLang) => `${handle}-line-sheet-${lang}.pdf`

type Doc = InstanceType<typeof PDFDocument>

// ---------------------------------------------------------------------------------------------
// Layout (points; A4 is 595 x 842)

const PAGE = { width: 595.28, height: 841.89, margin: 36 }
const CONTENT = PAGE.width - 2 * PAGE.margin
const BOTTOM = PAGE.height - PAGE.margin - 18
const INK = "#1f1a17"
const MUTED = "#6b625b"
const ACCENT = "#9a3412"
const RULE = "#d8d0c8"
const PHOTO = 84
const QR = 76
const ROW = 16
const TABLE_HEAD = 30

/**
 * Fetches a product photo if it is a PNG or JPEG (what PDF can embed); SVG drawings, other formats,
 * slow (over `timeoutMs` in all) or unreachable files give null, and the sheet draws a placeholder.
 * Follows up to 3 redirects; reads at most `maxBytes`. (Node's http rather than fetch: fetch's
 * response streams stall inside jest's sandbox, where the HTTP tests run the application.)
 */
export function fetchRasterImage(
  url: string,
  { timeoutMs = 5000, maxBytes = 5 * 1024 * 1024, redirects = 3 } = {}
): Promise<Buffer | null> {
  if (!/^https?:\/\//i.test(url) || /\.svg(\?|#|$)/i.test(url)) return Promise.resolve(null)
  return new Promise((resolve) => {
    let settled = false
    const finish = (value: Buffer | null | Promise<Buffer | null>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(value)
    }
    const get = url.startsWith("https:") ? https.get : http.get
    const request = get(url, { headers: { accept: "image/png,image/jpeg" } }, (response) => {
      const status = response.statusCode ?? 0
      if (status >= 300 && status < 400 && response.headers.location && redirects > 0) {
        response.resume()
        finish(
          fetchRasterImage(new URL(response.headers.location, url).toString(), {
            timeoutMs,
            maxBytes,
            redirects: redirects - 1,
          })
        )
        return
      }
      if (status !== 200 || Number(response.headers["content-length"] ?? 0) > maxBytes) {
        response.resume()
        finish(null)
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      response.on("data", (chunk: Buffer) => {
        size += chunk.length
        if (size > maxBytes) {
          request.destroy()
          finish(null)
        } else chunks.push(chunk)
      })
      response.on("end", () => {
        const buffer = Buffer.concat(chunks)
        finish(isRaster(buffer) ? buffer : null)
      })
      response.on("error", () => finish(null))
    })
    const timer = setTimeout(() => {
      request.destroy()
      finish(null)
    }, timeoutMs)
    request.on("error", () => finish(null))
  })
}

const isRaster = (b: Buffer) =>
  (b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) ||
  (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)

/** Runs `fn` over `items`, at most `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        results[i] = await fn(items[i])
      }
    })
  )
  return results
}

/** The quantity tiers shown as columns for one product: every tier any of its variants has. */
function tierColumns(product: LineSheetProduct): Pick<PriceTier, "min_quantity" | "max_quantity">[] {
  const seen = new Map<string, Pick<PriceTier, "min_quantity" | "max_quantity">>()
  for (const v of product.variants) for (const t of v.tiers) seen.set(`${t.min_quantity}:${t.max_quantity ?? ""}`, t)
  return [...seen.values()].sort((a, b) => a.min_quantity - b.min_quantity)
}

function leadTime(product: LineSheetProduct, labels: Labels): string | null {
  const days = product.variants.map((v) => v.lead_time_days).filter((d): d is number => d != null)
  if (!days.length) return null
  const min = Math.min(...days)
  const max = Math.max(...days)
  return `${min === max ? min : `${min}–${max}`} ${labels.days}`
}

/** Renders the line sheet as a PDF. */
export async function renderLineSheet(data: LineSheetData, options: RenderOptions): Promise<Buffer> {
  const labels = lineSheetLabels(options.lang)
  const loadImage = options.loadImage ?? ((url: string) => fetchRasterImage(url))
  const [photos, qrs] = await Promise.all([
    pool(data.products, 4, (p) => (p.thumbnail ? loadImage(p.thumbnail) : Promise.resolve(null))),
    Promise.all(
      data.products.map((p) =>
        QRCode.toBuffer(productUrl(options.storefront_url, options.lang, p.handle), {
          type: "png",
          margin: 1,
          width: 240,
          errorCorrectionLevel: "M",
        })
      )
    ),
  ])

  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: `${labels.title}: ${data.title}`, Author: "Made in Dharavi", Subject: data.handle },
    lang: options.lang === "hi" ? "hi-IN" : "en-IN",
  })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const w = new Writer(doc, { color: INK })
  const money = (n: number | null) => (n == null ? "—" : formatMoney(n, data.currency_code))

  // Header: what, whose, in which currency, on what terms.
  let y = PAGE.margin + 20
  w.line(labels.title, PAGE.margin, y, { size: 20, bold: true, color: ACCENT })
  w.line("Made in Dharavi", PAGE.margin, y, { size: 10, color: MUTED, width: CONTENT, align: "right" })
  y += 24
  w.line(`${data.kind === "seller" ? labels.maker : labels.collection}: ${data.title}`, PAGE.margin, y, {
    size: 14,
    bold: true,
    width: CONTENT,
  })
  if (data.subtitle) {
    y += 16
    w.line(data.subtitle, PAGE.margin, y, { size: 10, color: MUTED, width: CONTENT })
  }
  y += 18
  const facts = [
    `${labels.currency}: ${data.currency_code.toUpperCase()}`,
    `${labels.date}: ${data.generated_at.slice(0, 10)}`,
    ...(data.min_order_value != null ? [`${labels.min_order_value}: ${money(data.min_order_value)}`] : []),
  ]
  w.line(facts.join("   ·   "), PAGE.margin, y, { size: 10, width: CONTENT })
  if (data.payment_terms) {
    y += 15
    w.line(`${labels.payment_terms}: ${data.payment_terms}`, PAGE.margin, y, { size: 10, width: CONTENT })
  }
  y += 8
  const noteLines = w.paragraph(labels.note, PAGE.margin, y + 10, {
    size: 8.5,
    color: MUTED,
    width: CONTENT,
    leading: 11,
  })
  y += 10 + noteLines * 11
  doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.width - PAGE.margin, y)
    .lineWidth(1)
    .strokeColor(ACCENT)
    .stroke()
  y += 14

  if (!data.products.length) w.line(labels.empty, PAGE.margin, y + 14, { size: 11, color: MUTED })

  const TITLE = { size: 13, bold: true }
  const FACT = { size: 9.5 }
  const textX = PAGE.margin + PHOTO + 14
  const qrX = PAGE.width - PAGE.margin - QR
  const textW = qrX - 12 - textX
  const fixed = { variant: 96, sku: 132, msrp: 70, moq: 58 }

  data.products.forEach((product, index) => {
    // What goes beside the photo: the name (two lines at most), the English name under a Hindi one,
    // then maker, lead time and (when the header does not say them) payment terms and minimum order.
    const localTitle = product.i18n_titles[options.lang]
    const titleLines = w.wrap(localTitle || product.title, { ...TITLE, width: textW, maxLines: 2 })
    const facts: { text: string; size: number; color?: string }[] = []
    if (localTitle && localTitle !== product.title) facts.push({ text: product.title, size: 9.5, color: MUTED })
    if (product.maker) facts.push({ text: `${labels.maker}: ${product.maker.name}`, ...FACT })
    const lead = leadTime(product, labels)
    if (lead) facts.push({ text: `${labels.lead_time}: ${lead}`, ...FACT })
    if (data.kind !== "seller" || !data.payment_terms)
      facts.push({ text: `${labels.payment_terms}: ${product.payment_terms}`, ...FACT })
    if (data.kind !== "seller" && product.min_order_value != null) {
      facts.push({ text: `${labels.min_order_value}: ${money(product.min_order_value)}`, ...FACT })
    }
    const textHeight = 14 + (titleLines.length - 1) * 16 + facts.length * 15 + 6
    const headHeight = Math.max(PHOTO, QR + 14, textHeight)
    const height = headHeight + 10 + TABLE_HEAD + Math.max(1, product.variants.length) * ROW + 18
    if (y + height > BOTTOM && y > PAGE.margin + 1) {
      doc.addPage()
      y = PAGE.margin
    }
    const top = y

    // Photo, or a neat placeholder where the photo cannot be embedded (SVG drawings, unreachable files).
    const photo = photos[index]
    let drawn = false
    if (photo) {
      try {
        doc.image(photo, PAGE.margin, top, { fit: [PHOTO, PHOTO], align: "center", valign: "center" })
        drawn = true
      } catch {
        drawn = false
      }
    }
    if (!drawn) placeholder(doc, w, PAGE.margin, top, labels)

    // QR code to the product page, clickable as well.
    doc.image(qrs[index], qrX, top, { width: QR, height: QR })
    doc.link(qrX, top, QR, QR, productUrl(options.storefront_url, options.lang, product.handle))
    w.line(labels.scan, qrX - 10, top + QR + 10, { size: 7.5, color: MUTED, width: QR + 20, align: "center" })

    let ty = top + 14
    titleLines.forEach((line, i) => w.line(line, textX, ty + i * 16, { ...TITLE, width: textW }))
    ty += (titleLines.length - 1) * 16
    for (const fact of facts) {
      ty += 15
      w.line(fact.text, textX, ty, { ...fact, width: textW })
    }

    // Variant table.
    const tiers = tierColumns(product)
    let ry = top + headHeight + 10
    const tierW = tiers.length ? (CONTENT - fixed.variant - fixed.sku - fixed.msrp - fixed.moq) / tiers.length : 0
    const cols = {
      variant: PAGE.margin,
      sku: PAGE.margin + fixed.variant,
      msrp: PAGE.margin + fixed.variant + fixed.sku,
      tiers: PAGE.margin + fixed.variant + fixed.sku + fixed.msrp,
      moq: PAGE.width - PAGE.margin - fixed.moq,
    }
    const head = { size: 8, bold: true, color: MUTED }
    const pad = 4
    doc.rect(PAGE.margin, ry, CONTENT, TABLE_HEAD).fill("#f4efe9")
    if (tiers.length) {
      w.line(labels.wholesale, cols.tiers, ry + 11, {
        ...head,
        color: ACCENT,
        width: cols.moq - cols.tiers - pad,
        align: "center",
      })
    }
    const hy = ry + 24
    w.line(labels.variant, cols.variant + pad, hy, { ...head, width: fixed.variant - 2 * pad })
    w.line(labels.sku, cols.sku + pad, hy, { ...head, width: fixed.sku - 2 * pad })
    w.line(labels.msrp, cols.msrp, hy, { ...head, width: fixed.msrp - pad, align: "right", shrink: true })
    tiers.forEach((t, i) =>
      w.line(tierLabel(t, options.lang), cols.tiers + i * tierW, hy, {
        ...head,
        width: tierW - pad,
        align: "right",
        shrink: true,
      })
    )
    w.line(labels.moq, cols.moq, hy, { ...head, width: fixed.moq - pad, align: "right", shrink: true })
    ry += TABLE_HEAD

    const cell = { size: 9 }
    for (const variant of product.variants) {
      const by = ry + 11.5
      w.line(variant.title, cols.variant + pad, by, { ...cell, width: fixed.variant - 2 * pad })
      w.line(variant.sku ?? "—", cols.sku + pad, by, { ...cell, bold: true, width: fixed.sku - 2 * pad, shrink: true })
      w.line(money(variant.msrp), cols.msrp, by, {
        ...cell,
        color: MUTED,
        width: fixed.msrp - pad,
        align: "right",
        shrink: true,
      })
      tiers.forEach((t, i) => {
        const hit = variant.tiers.find((vt) => vt.min_quantity === t.min_quantity && vt.max_quantity === t.max_quantity)
        w.line(hit ? money(hit.amount) : "—", cols.tiers + i * tierW, by, {
          ...cell,
          bold: Boolean(hit),
          width: tierW - pad,
          align: "right",
          shrink: true,
        })
      })
      const moq = variant.min_order_quantity != null ? `${variant.min_order_quantity} / ${variant.case_pack ?? 1}` : "—"
      w.line(moq, cols.moq, by, { ...cell, width: fixed.moq - pad, align: "right" })
      ry += ROW
      doc
        .moveTo(PAGE.margin, ry)
        .lineTo(PAGE.width - PAGE.margin, ry)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke()
    }
    if (!tiers.length) {
      w.line(labels.no_wholesale, cols.tiers, ry - ROW + 11.5, {
        size: 8,
        color: MUTED,
        width: cols.moq - cols.tiers - pad,
        align: "center",
      })
    }
    y = ry + 18
  })

  // Footer on every page.
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const fy = PAGE.height - PAGE.margin + 6
    w.line(`Made in Dharavi · ${data.title}`, PAGE.margin, fy, { size: 8, color: MUTED, width: CONTENT / 2 })
    w.line(`${labels.page} ${i + 1} ${labels.of} ${range.count}`, PAGE.margin + CONTENT / 2, fy, {
      size: 8,
      color: MUTED,
      width: CONTENT / 2,
      align: "right",
    })
  }
  doc.end()
  return done
}

function placeholder(doc: Doc, w: Writer, x: number, y: number, labels: Labels) {
  doc.roundedRect(x, y, PHOTO, PHOTO, 6).lineWidth(0.75).dash(3, { space: 3 }).fillAndStroke("#f7f3ee", RULE).undash()
  w.line(labels.photo, x, y + PHOTO / 2 + 3, { size: 8, color: MUTED, width: PHOTO, align: "center" })
}
