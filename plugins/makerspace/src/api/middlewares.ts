import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
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

const customer = authenticate("customer", ["session", "bearer"])
const list = validateAndTransformQuery(GetListParams, { isList: true })

export default defineMiddlewares({
  routes: [
    { matcher: "/store/tool-houses", method: "GET", middlewares: [list] },
    { matcher: "/store/tool-houses/:id/availability", method: "GET", middlewares: [validateAndTransformQuery(GetAvailabilityParams, {})] },
    { matcher: "/store/bookings", method: "POST", middlewares: [customer, validateAndTransformBody(PostStoreBooking)] },
    { matcher: "/store/bookings", method: "GET", middlewares: [customer, list] },
    { matcher: "/store/bookings/:id/cancel", method: "POST", middlewares: [customer] },

    { matcher: "/admin/tool-houses", method: "GET", middlewares: [list] },
    { matcher: "/admin/tool-houses", method: "POST", middlewares: [validateAndTransformBody(PostAdminToolHouse)] },
    { matcher: "/admin/tool-houses/:id", method: "POST", middlewares: [validateAndTransformBody(PostAdminToolHouseUpdate)] },
    { matcher: "/admin/tool-houses/:id/units", method: "POST", middlewares: [validateAndTransformBody(PostAdminUnit)] },
    { matcher: "/admin/units/:id", method: "POST", middlewares: [validateAndTransformBody(PostAdminUnitUpdate)] },
    { matcher: "/admin/tool-houses/:id/outages", method: "POST", middlewares: [validateAndTransformBody(PostAdminOutage)] },
    { matcher: "/admin/tool-houses/:id/bookings", method: "GET", middlewares: [validateAndTransformQuery(GetAdminBookingsParams, { isList: true })] },
    { matcher: "/admin/qualifications", method: "POST", middlewares: [validateAndTransformBody(PostAdminQualification)] },
    { matcher: "/admin/qualifications/:id/holders", method: "POST", middlewares: [validateAndTransformBody(PostAdminGrantQualification)] },
    { matcher: "/admin/bookings/check-in", method: "POST", middlewares: [validateAndTransformBody(PostAdminCheckIn)] },
  ],
})
