import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  GetAdminBookingsParams,
  GetAvailabilityParams,
  GetListParams,
  PostAdminCheckIn,
  PostAdminGrantQualification,
  PostAdminOutage,
  PostAdminQualification,
  PostAdminToolHouse,
  PostAdminToolHouseUpdate,
  PostAdminUnit,
  PostAdminUnitUpdate,
  PostStoreBooking,
} from "./validators"
import { PUBLIC_TOOL_HOUSE } from "./utils/makerspace"

const customer = authenticate("customer", ["session", "bearer"])
const list = validateAndTransformQuery(GetListParams, { isList: true })

// Store reads go through query.graph with the route's query config (`req.queryConfig.fields`); the
// routes map the result onto the contract's types, so a requested extra field never leaves the server.
const BOOKING_FIELDS = [
  "id",
  "unit_id",
  "customer_id",
  "starts_at",
  "ends_at",
  "blocked_from",
  "blocked_until",
  "status",
  "hold_expires_at",
  "cart_id",
  "line_item_id",
  "order_id",
  "check_in_code",
  "amount",
  "currency_code",
  "cancelled_at",
  "refund_amount",
  "payment_id",
  "refund_id",
  "checked_in_at",
  "created_at",
  "updated_at",
]
const storeToolHouses = validateAndTransformQuery(GetListParams, {
  isList: true,
  defaults: [...PUBLIC_TOOL_HOUSE, "units.kind", "units.active"],
})
const storeBookings = validateAndTransformQuery(GetListParams, {
  isList: true,
  defaults: [
    ...BOOKING_FIELDS,
    "unit.id",
    "unit.name",
    "unit.kind",
    "unit.tool_house.id",
    "unit.tool_house.name",
    "unit.tool_house.handle",
    "unit.tool_house.timezone",
  ],
})

export default defineMiddlewares({
  routes: [
    { matcher: "/store/tool-houses", method: "GET", middlewares: [storeToolHouses] },
    {
      matcher: "/store/tool-houses/:id/availability",
      method: "GET",
      middlewares: [validateAndTransformQuery(GetAvailabilityParams, {})],
    },
    { matcher: "/store/bookings", method: "POST", middlewares: [customer, validateAndTransformBody(PostStoreBooking)] },
    { matcher: "/store/bookings", method: "GET", middlewares: [customer, storeBookings] },
    { matcher: "/store/bookings/:id/cancel", method: "POST", middlewares: [customer] },

    { matcher: "/admin/tool-houses", method: "GET", middlewares: [list] },
    { matcher: "/admin/tool-houses", method: "POST", middlewares: [validateAndTransformBody(PostAdminToolHouse)] },
    {
      matcher: "/admin/tool-houses/:id",
      method: "POST",
      middlewares: [validateAndTransformBody(PostAdminToolHouseUpdate)],
    },
    { matcher: "/admin/tool-houses/:id/units", method: "POST", middlewares: [validateAndTransformBody(PostAdminUnit)] },
    { matcher: "/admin/units/:id", method: "POST", middlewares: [validateAndTransformBody(PostAdminUnitUpdate)] },
    {
      matcher: "/admin/tool-houses/:id/outages",
      method: "POST",
      middlewares: [validateAndTransformBody(PostAdminOutage)],
    },
    {
      matcher: "/admin/tool-houses/:id/bookings",
      method: "GET",
      middlewares: [validateAndTransformQuery(GetAdminBookingsParams, { isList: true })],
    },
    {
      matcher: "/admin/qualifications",
      method: "POST",
      middlewares: [validateAndTransformBody(PostAdminQualification)],
    },
    {
      matcher: "/admin/qualifications/:id/holders",
      method: "POST",
      middlewares: [validateAndTransformBody(PostAdminGrantQualification)],
    },
    { matcher: "/admin/bookings/check-in", method: "POST", middlewares: [validateAndTransformBody(PostAdminCheckIn)] },
  ],
})
