import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { lineSheetRoutes } from "./line-sheets/middlewares"
import { sellerMember } from "./utils/seller-member"
import {
  GetCompanies,
  GetProductWholesale,
  GetQuotes,
  PostAdminCompanyReview,
  PostBulkLines,
  PostCounterOffer,
  PostQuoteMessage,
  PostQuoteReject,
  PostSellerTerms,
  PostStoreCompany,
  PostStoreCompanyEmployee,
  PostStoreQuote,
  PostVariantTerms,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const seller = authenticate("seller", ["bearer", "session"])
const member = sellerMember()
const memberWrites = sellerMember({ writes: true })
const quotes = validateAndTransformQuery(GetQuotes, { defaults: ["id"], isList: true })
const body = validateAndTransformBody

export default defineMiddlewares({
  routes: [
    // Buyers
    { matcher: "/store/wholesale*", middlewares: [customer] },
    { matcher: "/store/wholesale/companies", method: "POST", middlewares: [body(PostStoreCompany)] },
    { matcher: "/store/wholesale/company/employees", method: "POST", middlewares: [body(PostStoreCompanyEmployee)] },
    { matcher: "/store/wholesale/carts/:id/bulk", method: "POST", middlewares: [body(PostBulkLines)] },
    { matcher: "/store/wholesale/quotes", method: "GET", middlewares: [quotes] },
    { matcher: "/store/wholesale/quotes", method: "POST", middlewares: [body(PostStoreQuote)] },
    { matcher: "/store/wholesale/quotes/:id/reject", method: "POST", middlewares: [body(PostQuoteReject)] },
    { matcher: "/store/wholesale/quotes/:id/messages", method: "POST", middlewares: [body(PostQuoteMessage)] },
    {
      matcher: "/store/products/:id/wholesale",
      method: "GET",
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        validateAndTransformQuery(GetProductWholesale, {}),
      ],
    },

    // Sellers (members of the seller in the path)
    { matcher: "/vendors/sellers/:seller_id/wholesale*", middlewares: [seller] },
    { matcher: "/vendors/sellers/:seller_id/wholesale/quotes", method: "GET", middlewares: [member, quotes] },
    { matcher: "/vendors/sellers/:seller_id/wholesale/quotes/:quote_id", method: "GET", middlewares: [member] },
    {
      matcher: "/vendors/sellers/:seller_id/wholesale/quotes/:quote_id/counter-offer",
      method: "POST",
      middlewares: [memberWrites, body(PostCounterOffer)],
    },
    {
      matcher: "/vendors/sellers/:seller_id/wholesale/quotes/:quote_id/messages",
      method: "POST",
      middlewares: [member, body(PostQuoteMessage)],
    },
    { matcher: "/vendors/sellers/:seller_id/wholesale/terms", method: "GET", middlewares: [member] },
    {
      matcher: "/vendors/sellers/:seller_id/wholesale/terms",
      method: "POST",
      middlewares: [memberWrites, body(PostSellerTerms)],
    },
    {
      matcher: "/vendors/sellers/:seller_id/wholesale/terms/:variant_id",
      method: "POST",
      middlewares: [memberWrites, body(PostVariantTerms)],
    },

    // Platform admin
    {
      matcher: "/admin/wholesale/companies",
      method: "GET",
      middlewares: [validateAndTransformQuery(GetCompanies, { defaults: ["id"], isList: true })],
    },
    { matcher: "/admin/wholesale/companies/:id/review", method: "POST", middlewares: [body(PostAdminCompanyReview)] },
    { matcher: "/admin/wholesale/quotes", method: "GET", middlewares: [quotes] },
    { matcher: "/admin/wholesale/quotes/:id/counter-offer", method: "POST", middlewares: [body(PostCounterOffer)] },
    { matcher: "/admin/wholesale/quotes/:id/messages", method: "POST", middlewares: [body(PostQuoteMessage)] },

    // --- Line sheets (PDF): src/api/line-sheets/middlewares.ts ---------------------------------
    ...lineSheetRoutes,
    // --- end of line sheets ---------------------------------------------------------------------
  ],
})
