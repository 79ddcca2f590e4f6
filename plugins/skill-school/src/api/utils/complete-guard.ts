import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { school } from "./school"

type Row = Record<string, any>

/**
 * Before an order is placed: every workshop seat in the cart must still be held for this customer
 * (its line came from a seat hold, never added by hand), and courses and seats need a logged-in
 * customer, one of each, so the learning lands in an account. (Medusa allows one handler per
 * workflow hook, and the makerspace plugin has completeCartWorkflow's; a route middleware stacks.)
 */
export async function refuseCartWithoutSeats(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at", "customer_id", "customer.has_account", "items.id", "items.title", "items.quantity", "items.product_id", "items.variant_id", "items.metadata"],
      filters: { id: req.params.id },
    })
    const cart = data[0] as Row | undefined
    if (!cart || cart.completed_at) return next()
    const problems = await learningProblems(req, cart)
    if (problems.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problems.join(". "))
    next()
  } catch (error) {
    next(error)
  }
}

async function learningProblems(req: MedusaRequest, cart: Row): Promise<string[]> {
  const service = school(req.scope)
  const items = (cart.items ?? []) as Row[]
  const variantIds = items.map((i) => i.variant_id).filter(Boolean)
  const productIds = items.map((i) => i.product_id).filter(Boolean)
  const [sessions, courses] = await Promise.all([
    variantIds.length ? service.listWorkshopSessions({ variant_id: variantIds }, { select: ["id", "variant_id"] }) : [],
    productIds.length ? service.listCourses({ product_id: productIds }, { select: ["id", "product_id", "title"] }) : [],
  ])
  const seatLines = items.filter((i) => sessions.some((s: Row) => s.variant_id === i.variant_id))
  const courseLines = items.filter((i) => courses.some((c: Row) => c.product_id === i.product_id))
  if (!seatLines.length && !courseLines.length) return []
  const problems: string[] = []
  if (!cart.customer_id || cart.customer?.has_account === false) problems.push("Log in to buy courses and workshop seats, so they are kept in your account")
  for (const line of [...seatLines, ...courseLines]) {
    if (Number(line.quantity) !== 1) problems.push(`${line.title}: one per person (set the quantity to 1)`)
  }
  const seatIds = seatLines.map((l) => l.metadata?.seat_id).filter((id): id is string => typeof id === "string")
  const seats = seatIds.length ? await service.listWorkshopSeats({ id: seatIds }) : []
  for (const line of seatLines) {
    const seat = seats.find((s: Row) => s.id === line.metadata?.seat_id) as Row | undefined
    const live = seat && seat.status === "held" && seat.customer_id === cart.customer_id && seat.hold_expires_at && new Date(seat.hold_expires_at) > new Date()
    if (!live) problems.push(`${line.title}: your seat hold has lapsed; remove it from the cart and book the seat again`)
  }
  if (cart.customer_id && courseLines.length) {
    const owned = await service.listEnrolments({ customer_id: cart.customer_id, course_id: courses.map((c: Row) => c.id) }, { select: ["course_id"] })
    for (const course of courses as Row[]) {
      if (owned.some((e: Row) => e.course_id === course.id)) problems.push(`You already have the course "${course.title}": remove it from the cart`)
    }
  }
  return problems
}
