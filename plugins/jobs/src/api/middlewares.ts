import {
  type MiddlewareFunction,
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ADMIN_EMPLOYER_FIELDS, ADMIN_KARIGAR_FIELDS } from "./query-config"
import { customerEmployer, sellerEmployer } from "./utils/actors"
import { acceptProfilePhotos } from "./utils/photos"
import {
  GetAdminEmployers,
  GetAdminKarigars,
  GetAdminPosts,
  GetApplications,
  GetBoard,
  GetEmployerPosts,
  GetPage,
  GetReports,
  GetReveals,
  PostApply,
  PostEmployerProfile,
  PostEmpty,
  PostJobPost,
  PostKarigarProfile,
  PostKarigarStatus,
  PostModerate,
  PostReport,
  PostResolveReport,
  PostShareContact,
  PostVerifyEmployer,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const seller = authenticate("seller", ["bearer", "session"])
const body = validateAndTransformBody
const query = (schema: z.ZodTypeAny, config: { defaults?: string[]; isList?: boolean } = {}) =>
  validateAndTransformQuery(schema, config)
const none = query(z.object({}).strict())
const empty = body(PostEmpty)

/**
 * The employer routes, the same for a business customer under /store/jobs/employer and a seller
 * under /vendors/sellers/:seller_id/jobs (`prefix` + path; the profile lives at `profile`).
 */
function employerRoutes(prefix: string, profile: string, scope: MiddlewareFunction[], writes: MiddlewareFunction[]) {
  return [
    { matcher: `${profile}`, method: "GET" as const, middlewares: [...scope, none] },
    { matcher: `${profile}`, method: "POST" as const, middlewares: [...writes, body(PostEmployerProfile)] },
    { matcher: `${prefix}/posts`, method: "GET" as const, middlewares: [...scope, query(GetEmployerPosts)] },
    { matcher: `${prefix}/posts`, method: "POST" as const, middlewares: [...writes, body(PostJobPost)] },
    { matcher: `${prefix}/posts/:post_id`, method: "GET" as const, middlewares: [...scope, none] },
    { matcher: `${prefix}/posts/:post_id/close`, method: "POST" as const, middlewares: [...writes, empty] },
    {
      matcher: `${prefix}/posts/:post_id/applications`,
      method: "GET" as const,
      middlewares: [...scope, query(GetApplications)],
    },
    { matcher: `${prefix}/posts/:post_id/matches`, method: "GET" as const, middlewares: [...scope, query(GetPage)] },
    { matcher: `${prefix}/applications/:application_id`, method: "GET" as const, middlewares: [...scope, none] },
    {
      matcher: `${prefix}/applications/:application_id/shortlist`,
      method: "POST" as const,
      middlewares: [...writes, empty],
    },
    {
      matcher: `${prefix}/applications/:application_id/reject`,
      method: "POST" as const,
      middlewares: [...writes, empty],
    },
    {
      matcher: `${prefix}/applications/:application_id/hire`,
      method: "POST" as const,
      middlewares: [...writes, empty],
    },
    {
      matcher: `${prefix}/applications/:application_id/contact`,
      method: "POST" as const,
      middlewares: [...scope, empty],
    },
  ]
}

const business = [customer, customerEmployer()]
const sellerRead = [seller, sellerEmployer()]
const sellerWrite = [seller, sellerEmployer({ writes: true })]

export default defineMiddlewares({
  routes: [
    // Anyone: the trades, the board, a post, a karigar's public profile
    { matcher: "/store/jobs/trades", method: "GET", middlewares: [none] },
    { matcher: "/store/jobs/posts", method: "GET", middlewares: [query(GetBoard)] },
    { matcher: "/store/jobs/posts/:post_id", method: "GET", middlewares: [maybeCustomer, none] },
    { matcher: "/store/jobs/karigars/:karigar_id", method: "GET", middlewares: [none] },

    // Karigars (logged-in customers)
    { matcher: "/store/jobs/posts/:post_id/apply", method: "POST", middlewares: [customer, body(PostApply)] },
    { matcher: "/store/jobs/posts/:post_id/report", method: "POST", middlewares: [customer, body(PostReport)] },
    { matcher: "/store/jobs/profile", method: "GET", middlewares: [customer, none] },
    { matcher: "/store/jobs/profile", method: "POST", middlewares: [customer, body(PostKarigarProfile)] },
    {
      matcher: "/store/jobs/profile/photos",
      method: "POST",
      bodyParser: false,
      middlewares: [customer, acceptProfilePhotos],
    },
    { matcher: "/store/jobs/matches", method: "GET", middlewares: [customer, query(GetPage)] },
    { matcher: "/store/jobs/applications", method: "GET", middlewares: [customer, query(GetApplications)] },
    { matcher: "/store/jobs/applications/:application_id", method: "GET", middlewares: [customer, none] },
    {
      matcher: "/store/jobs/applications/:application_id/share-contact",
      method: "POST",
      middlewares: [customer, body(PostShareContact)],
    },
    { matcher: "/store/jobs/applications/:application_id/withdraw", method: "POST", middlewares: [customer, empty] },
    { matcher: "/store/jobs/applications/:application_id/contact", method: "POST", middlewares: [customer, empty] },

    // Employers: business customers and sellers
    ...employerRoutes("/store/jobs/employer", "/store/jobs/employer", business, business),
    ...employerRoutes(
      "/vendors/sellers/:seller_id/jobs",
      "/vendors/sellers/:seller_id/jobs/employer",
      sellerRead,
      sellerWrite
    ),

    // Platform admin
    { matcher: "/admin/jobs/posts", method: "GET", middlewares: [query(GetAdminPosts)] },
    { matcher: "/admin/jobs/posts/:post_id", method: "GET", middlewares: [none] },
    { matcher: "/admin/jobs/posts/:post_id/moderate", method: "POST", middlewares: [body(PostModerate)] },
    { matcher: "/admin/jobs/reports", method: "GET", middlewares: [query(GetReports)] },
    { matcher: "/admin/jobs/reports/:report_id", method: "POST", middlewares: [body(PostResolveReport)] },
    {
      matcher: "/admin/jobs/karigars",
      method: "GET",
      middlewares: [query(GetAdminKarigars, { defaults: ADMIN_KARIGAR_FIELDS, isList: true })],
    },
    {
      matcher: "/admin/jobs/karigars/:karigar_id",
      method: "GET",
      middlewares: [query(z.object({}).strict(), { defaults: ADMIN_KARIGAR_FIELDS })],
    },
    { matcher: "/admin/jobs/karigars/:karigar_id", method: "POST", middlewares: [body(PostKarigarStatus)] },
    {
      matcher: "/admin/jobs/employers",
      method: "GET",
      middlewares: [query(GetAdminEmployers, { defaults: ADMIN_EMPLOYER_FIELDS, isList: true })],
    },
    { matcher: "/admin/jobs/employers/:employer_id/verify", method: "POST", middlewares: [body(PostVerifyEmployer)] },
    { matcher: "/admin/jobs/reveals", method: "GET", middlewares: [query(GetReveals)] },
  ],
})
