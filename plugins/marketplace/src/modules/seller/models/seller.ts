import { model } from "@medusajs/framework/utils"
import SellerMember from "./seller-member"

/**
 * An artisan or a workshop that sells on the platform. The public maker profile (name, photo,
 * story, crafts, area) is shown in the storefront; contact and payout details never are.
 */
const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    handle: model.text().searchable(),
    name: model.text().searchable(),
    kind: model.enum(["artisan", "workshop"]).default("artisan"),
    crafts: model.array().default([]),
    area: model.text().nullable(),
    /** The maker's story by language: { en, hi?, mr? }. */
    story: model.json().nullable(),
    photo_url: model.text().nullable(),
    /** Private: { phone?, email?, whatsapp? }. */
    contact: model.json().nullable(),
    verification_status: model.enum(["unverified", "pending", "verified", "rejected"]).default("unverified"),
    /** GST registration for businesses. */
    gst_number: model.text().nullable(),
    /** Government artisan card (e.g. Pehchan) for individual artisans. */
    artisan_card: model.text().nullable(),
    /** Private: { account_name, account_number, ifsc } or { upi_id }. */
    payout_details: model.json().nullable(),
    status: model.enum(["pending", "active", "suspended"]).default("pending"),
    /** Platform commission on this seller's sales, in percent. */
    commission_rate: model.float().default(10),
    members: model.hasMany(() => SellerMember, { mappedBy: "seller" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])

export default Seller
