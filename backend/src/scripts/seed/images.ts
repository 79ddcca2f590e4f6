import type { CatalogueProduct, CategoryHandle, ImageMotif } from "./catalogue"

/**
 * Product pictures for the demo catalogue, drawn as small SVGs (about 1 KB each)
 * so the repository ships no binaries and nothing is downloaded at run time.
 * Each craft has its own palette; each product shape has its own motif.
 */

const PALETTES: Record<CategoryHandle, { bg: string; fg: string; accent: string }> = {
  "leather-goods": { bg: "#f3e6d8", fg: "#8b4a23", accent: "#c8893a" },
  pottery: { bg: "#f6e7dc", fg: "#b5532c", accent: "#6e3b1f" },
  "embroidery-zari": { bg: "#2b1538", fg: "#d4a72c", accent: "#b1205f" },
  garments: { bg: "#e4ecf4", fg: "#2f4f7f", accent: "#e2a03f" },
  "recycled-goods": { bg: "#e5f0e1", fg: "#3f7d3a", accent: "#d8602c" },
}

const MOTIFS: Record<ImageMotif, (fg: string, accent: string) => string> = {
  bag: (fg, a) =>
    `<path d="M110 150h180l-16 170H126z" fill="${fg}"/><path d="M150 150v-30a50 50 0 0 1 100 0v30" fill="none" stroke="${a}" stroke-width="12"/><rect x="185" y="190" width="30" height="22" rx="4" fill="${a}"/>`,
  wallet: (fg, a) =>
    `<rect x="100" y="140" width="200" height="130" rx="14" fill="${fg}"/><path d="M100 180h200" stroke="${a}" stroke-width="6"/><circle cx="270" cy="215" r="12" fill="${a}"/>`,
  belt: (fg, a) =>
    `<rect x="60" y="180" width="280" height="40" rx="8" fill="${fg}"/><rect x="150" y="168" width="56" height="64" rx="6" fill="none" stroke="${a}" stroke-width="8"/><circle cx="250" cy="200" r="5" fill="${a}"/><circle cx="280" cy="200" r="5" fill="${a}"/>`,
  shoe: (fg, a) =>
    `<path d="M80 250c0-40 40-60 90-60l60 20 80 10c20 4 30 20 30 30v10H80z" fill="${fg}"/><path d="M150 200l40 30m10-25l40 30" stroke="${a}" stroke-width="8"/>`,
  pot: (fg, a) =>
    `<path d="M160 120h80v20c60 20 80 70 60 120-14 36-50 50-100 50s-86-14-100-50c-20-50 0-100 60-120z" fill="${fg}"/><path d="M118 210h164" stroke="${a}" stroke-width="8"/>`,
  diya: (fg, a) =>
    `<path d="M100 230c40 50 160 50 200 0z" fill="${fg}"/><path d="M200 140c20 30 20 60 0 80-20-20-20-50 0-80z" fill="${a}"/>`,
  lamp: (fg, a) =>
    `<path d="M140 120h120l40 110H100z" fill="${fg}"/><rect x="190" y="230" width="20" height="70" fill="${a}"/><rect x="150" y="300" width="100" height="16" rx="6" fill="${a}"/><circle cx="160" cy="180" r="8" fill="${a}"/><circle cx="200" cy="160" r="8" fill="${a}"/><circle cx="240" cy="190" r="8" fill="${a}"/>`,
  cloth: (fg, a) =>
    `<rect x="90" y="110" width="220" height="200" rx="6" fill="${fg}"/><path d="M90 140h220M90 280h220" stroke="${a}" stroke-width="10"/><circle cx="200" cy="210" r="36" fill="none" stroke="${a}" stroke-width="8"/>`,
  shirt: (fg, a) =>
    `<path d="M150 110l-70 40 25 50 30-15v135h130V185l30 15 25-50-70-40c-10 20-30 30-50 30s-40-10-50-30z" fill="${fg}"/><path d="M200 140v170" stroke="${a}" stroke-width="5" stroke-dasharray="6 12"/>`,
  basket: (fg, a) =>
    `<path d="M100 170h200l-25 140H125z" fill="${fg}"/><path d="M110 210h180M118 250h164M124 290h152" stroke="${a}" stroke-width="8"/><path d="M140 170c0-60 120-60 120 0" fill="none" stroke="${fg}" stroke-width="10"/>`,
  box: (fg, a) =>
    `<rect x="120" y="150" width="160" height="150" rx="10" fill="${fg}"/><path d="M140 150v150M170 150v150M200 150v150M230 150v150M260 150v150" stroke="${a}" stroke-width="5"/>`,
}

export function productImageSvg(product: CatalogueProduct, variantIndex = 0): string {
  const palette = PALETTES[product.category]
  // A second picture per product uses the accent as background so a gallery has two distinct images.
  const bg = variantIndex % 2 === 0 ? palette.bg : "#fbf7f2"
  const label = escapeXml(product.title.en)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="800" height="800" role="img" aria-label="${label}">` +
    `<rect width="400" height="400" fill="${bg}"/>` +
    MOTIFS[product.motif](palette.fg, palette.accent) +
    `<text x="200" y="370" font-family="sans-serif" font-size="18" text-anchor="middle" fill="${palette.fg}">${label}</text>` +
    `</svg>`
  )
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
}

/** A maker's profile picture: their initials on their craft's colours. */
export function makerPhotoSvg(name: string, category: CategoryHandle): string {
  const palette = PALETTES[category]
  const initials = name
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w))
    .slice(0, 2)
    .map((w) => w[0].toUpperCase())
    .join("")
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="400" height="400" role="img" aria-label="${escapeXml(name)}">` +
    `<rect width="200" height="200" fill="${palette.bg}"/><circle cx="100" cy="100" r="80" fill="${palette.fg}"/>` +
    `<text x="100" y="122" font-family="sans-serif" font-size="64" font-weight="bold" text-anchor="middle" fill="${palette.bg}">${initials}</text>` +
    `</svg>`
  )
}
