// Makers come from the marketplace plugin, reached through @dharavi/seller-access (never imported).
export { SELLER_MODULE_KEY, findSellers, graphWithSeller, sellersInstalled } from "@dharavi/seller-access"
