// Makers come from the marketplace plugin, reached through @dharavi/seller-access (never imported).
export { SELLER_MODULE_KEY, sellersInstalled } from "@dharavi/seller-access"
