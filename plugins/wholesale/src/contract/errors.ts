/**
 * Error codes the wholesale plugin answers with (`{ type, code, message, details }` through the
 * application's error handler). The status of each is in its comment. The message is English for
 * logs and the admin; the storefront says it from `code` and `details`.
 */
export const WholesaleErrors = {
  // --- Ordering rules (buyers of approved companies) --------------------------------------------
  /** 400: a line is below the variant's wholesale minimum. */
  BELOW_MINIMUM_QUANTITY: "below_minimum_quantity",
  /** 400: a line is not a whole number of case packs. */
  NOT_WHOLE_CASES: "not_whole_cases",
  /** 400 (at checkout): a seller's lines are below the seller's minimum order value. */
  BELOW_SELLER_MINIMUM: "below_seller_minimum",
  /** 400: the bulk order form named SKUs no published variant has. */
  UNKNOWN_SKU: "unknown_sku",
  /** 404: no open cart of the caller's with that id (makerspace's code too, same meaning). */
  CART_NOT_FOUND: "cart_not_found",

  // --- Companies ----------------------------------------------------------------------------------
  /** 403: the customer buys for no company (register one first). */
  COMPANY_NOT_REGISTERED: "company_not_registered",
  /** 403: the customer's company is pending, rejected or suspended. */
  COMPANY_NOT_APPROVED: "company_not_approved",
  /** 422: the customer already buys for a company. */
  ALREADY_IN_COMPANY: "already_in_company",
  /** 422: a company with this GSTIN is registered already. */
  GST_NUMBER_TAKEN: "gst_number_taken",
  /** 403: only the company's admin adds colleagues. */
  NOT_COMPANY_ADMIN: "not_company_admin",
  /** 404: no customer account uses the colleague's email. */
  NO_CUSTOMER_ACCOUNT: "no_customer_account",
  /** 400: the review is not allowed from the company's status. */
  COMPANY_NOT_REVIEWABLE: "company_not_reviewable",
  /** 409: another admin reviewed the company since it was read. */
  COMPANY_MOVED: "company_moved",

  // --- Quotes -------------------------------------------------------------------------------------
  /** 404: no such quote, or not the caller's to see. */
  QUOTE_NOT_FOUND: "quote_not_found",
  /** 400: the quote is not waiting for the caller (the other side's turn, or closed). */
  QUOTE_NOT_OPEN: "quote_not_open",
  /** 400: the quote expired. */
  QUOTE_EXPIRED: "quote_expired",
  /** 409: the quote changed since it was read (reload and decide again). */
  QUOTE_MOVED: "quote_moved",
  /** 400: the cart to quote is empty. */
  QUOTE_CART_EMPTY: "quote_cart_empty",
  /** 400: the cart holds lines that are not products (bookings, seats). */
  QUOTE_LINES_NOT_PRODUCTS: "quote_lines_not_products",
  /** 400: a counter-offer names a line the quote does not have. */
  QUOTE_LINE_NOT_FOUND: "quote_line_not_found",
  /** 400: a counter-offer sets every line to 0. */
  COUNTER_OFFER_EMPTY: "counter_offer_empty",

  // --- Terms, products, line sheets -----------------------------------------------------------
  /** 404: the variant is not one of the seller's (the marketplace's code, same meaning). */
  VARIANT_NOT_FOUND: "variant_not_found",
  /** 404: no published product with that id. */
  PRODUCT_NOT_FOUND: "wholesale_product_not_found",
  /** 404: no such maker (or, on the store's line sheets, not an active one). */
  SELLER_NOT_FOUND: "line_sheet_maker_not_found",
  /** 404: no such collection. */
  COLLECTION_NOT_FOUND: "line_sheet_collection_not_found",
} as const

export type WholesaleErrorCode = (typeof WholesaleErrors)[keyof typeof WholesaleErrors]

/** A line that breaks a rule, as the bulk form and the cart name it. */
export type RuleLineRef = {
  variant_id: string
  /** "Tote – Tan" (product and variant title), null when unknown. */
  title: string | null
  sku: string | null
  /** The quantity asked for. */
  quantity: number
  /** The smallest quantity not below `quantity` that meets the minimum and the case pack. */
  suggested_quantity: number
}

/**
 * One broken wholesale rule, as `GET /store/wholesale/carts/:id/check` lists it and as the details of
 * a refused cart change carry it. `message` is the English sentence, for logs.
 */
export type WholesaleRuleProblem =
  | ({ code: "below_minimum_quantity"; message: string; minimum: number } & RuleLineRef)
  | ({ code: "not_whole_cases"; message: string; case_pack: number } & RuleLineRef)
  | {
      code: "below_seller_minimum"
      message: string
      seller_id: string
      seller_name: string | null
      /** The cart's currency, lower case ("inr"). */
      currency_code: string
      /** The seller's minimum order value, in the currency's main unit. */
      min_order_value: number
      /** What the seller's lines come to now. */
      subtotal: number
      /** min_order_value - subtotal. */
      missing_amount: number
    }

export type WholesaleRuleCode = WholesaleRuleProblem["code"]

/** The details of a refused cart change: the first problem's fields, and every problem found. */
type RuleDetails<C extends WholesaleRuleCode> = Omit<Extract<WholesaleRuleProblem, { code: C }>, "code" | "message"> & {
  problems: WholesaleRuleProblem[]
}

export type WholesaleErrorDetails = {
  below_minimum_quantity: RuleDetails<"below_minimum_quantity">
  not_whole_cases: RuleDetails<"not_whole_cases">
  below_seller_minimum: RuleDetails<"below_seller_minimum">
  /** skus: upper case, as looked up. */
  unknown_sku: { skus: string[] }
  cart_not_found: { cart_id: string }
  company_not_registered: Record<string, never>
  company_not_approved: { company_id: string; status: string }
  already_in_company: { customer_id: string }
  gst_number_taken: { gst_number: string }
  not_company_admin: Record<string, never>
  no_customer_account: { email: string }
  company_not_reviewable: { company_id: string; status: string }
  /** status: the company's status now (null when it is gone). */
  company_moved: { company_id: string; status: string | null }
  quote_not_found: { quote_id: string }
  quote_not_open: { quote_id: string; status: string }
  quote_expired: { quote_id: string; status: string }
  /** status: the quote's status now (null when it is gone). */
  quote_moved: { quote_id: string; status: string | null }
  quote_cart_empty: { cart_id: string }
  quote_lines_not_products: { cart_id: string; item_ids: string[] }
  quote_line_not_found: { item_id: string }
  counter_offer_empty: Record<string, never>
  variant_not_found: { variant_id: string }
  wholesale_product_not_found: { product_id: string }
  /** seller: the id or handle asked for. */
  line_sheet_maker_not_found: { seller: string }
  /** collection: the id or handle asked for. */
  line_sheet_collection_not_found: { collection: string }
}
