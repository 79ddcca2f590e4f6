import {
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  GetCourses,
  GetList,
  GetWorkshops,
  PostAdminCourse,
  PostAdminCourseUpdate,
  PostAdminEnrolment,
  PostAdminLesson,
  PostAdminLessonFile,
  PostAdminLessonOrder,
  PostAdminLessonUpdate,
  PostAdminSession,
  PostAdminSessionUpdate,
  PostEmpty,
  PostStoreSeat,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })
const list = (schema: Parameters<typeof validateAndTransformQuery>[0] = GetList) =>
  validateAndTransformQuery(schema, { defaults: ["id"], isList: true })
const body = validateAndTransformBody

export default defineMiddlewares({
  routes: [
    // Shoppers and learners
    { matcher: "/store/courses", method: "GET", middlewares: [list(GetCourses)] },
    { matcher: "/store/courses/:id", method: "GET", middlewares: [maybeCustomer] },
    { matcher: "/store/courses/:id/enrol", method: "POST", middlewares: [customer, body(PostEmpty)] },
    { matcher: "/store/courses/:id/lessons/:lesson_id", method: "GET", middlewares: [maybeCustomer] },
    { matcher: "/store/courses/:id/lessons/:lesson_id/files/:index", method: "GET", middlewares: [maybeCustomer] },
    {
      matcher: "/store/courses/:id/lessons/:lesson_id/complete",
      method: "POST",
      middlewares: [customer, body(PostEmpty)],
    },
    { matcher: "/store/enrolments*", middlewares: [customer] },
    { matcher: "/store/enrolments", method: "GET", middlewares: [list()] },
    { matcher: "/store/workshops", method: "GET", middlewares: [list(GetWorkshops)] },
    { matcher: "/store/workshops/:id", method: "GET", middlewares: [maybeCustomer] },
    { matcher: "/store/workshops/:id/seats", method: "POST", middlewares: [customer, body(PostStoreSeat)] },
    { matcher: "/store/workshop-seats*", middlewares: [customer] },
    { matcher: "/store/workshop-seats", method: "GET", middlewares: [list()] },
    { matcher: "/store/workshop-seats/:id/cancel", method: "POST", middlewares: [body(PostEmpty)] },

    // Platform (admin users; Medusa authenticates /admin)
    { matcher: "/admin/courses", method: "GET", middlewares: [list(GetCourses)] },
    { matcher: "/admin/courses", method: "POST", middlewares: [body(PostAdminCourse)] },
    { matcher: "/admin/courses/:id", method: "POST", middlewares: [body(PostAdminCourseUpdate)] },
    { matcher: "/admin/courses/:id/lessons", method: "POST", middlewares: [body(PostAdminLesson)] },
    { matcher: "/admin/courses/:id/lesson-order", method: "POST", middlewares: [body(PostAdminLessonOrder)] },
    { matcher: "/admin/courses/:id/lessons/:lesson_id", method: "POST", middlewares: [body(PostAdminLessonUpdate)] },
    // Base64 files ride in JSON: room for 20 MB of file.
    {
      matcher: "/admin/courses/:id/lessons/:lesson_id/files",
      method: "POST",
      bodyParser: { sizeLimit: "28mb" },
      middlewares: [body(PostAdminLessonFile)],
    },
    { matcher: "/admin/courses/:id/sessions", method: "POST", middlewares: [body(PostAdminSession)] },
    { matcher: "/admin/courses/:id/enrolments", method: "GET", middlewares: [list()] },
    { matcher: "/admin/courses/:id/enrolments", method: "POST", middlewares: [body(PostAdminEnrolment)] },
    { matcher: "/admin/workshops/:id", method: "POST", middlewares: [body(PostAdminSessionUpdate)] },
  ],
})
