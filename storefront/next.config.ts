import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  // Product images are SVGs served by the Medusa backend; we render them with plain <img>.
  poweredByHeader: false,
  // The browser tests build into their own folder so they never clobber a running `next dev`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  experimental: {
    // Sellers send photos from their phones through server actions (the marketplace takes up to 5 MB a photo).
    serverActions: { bodySizeLimit: "6mb" },
  },
}

export default withNextIntl(nextConfig)
