import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SKILL_SCHOOL_MODULE } from "../modules/skill-school"
import type SkillSchoolModuleService from "../modules/skill-school/service"

type CartLine = {
  id: string
  title?: string | null
  quantity: number
  product_id?: string | null
  variant_id?: string | null
  metadata?: Record<string, unknown> | null
}
export type LearningCart = {
  id: string
  completed_at?: string | Date | null
  customer_id?: string | null
  customer?: { has_account?: boolean | null } | null
  items?: CartLine[]
}

const CART_FIELDS = [
  "id",
  "completed_at",
  "customer_id",
  "customer.has_account",
  "items.id",
  "items.title",
  "items.quantity",
  "items.product_id",
  "items.variant_id",
  "items.metadata",
]

export async function loadLearningCart(container: MedusaContainer, cartId: string): Promise<LearningCart | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: cartId } })
  return (data[0] as LearningCart | undefined) ?? null
}

/** What stops a cart with courses or workshop seats from becoming an order, in the buyer's words. */
export async function learningCartProblems(container: MedusaContainer, cart: LearningCart): Promise<string[]> {
  const service = container.resolve(SKILL_SCHOOL_MODULE) as SkillSchoolModuleService
  const items = cart.items ?? []
  const variantIds = items.map((i) => i.variant_id).filter((id): id is string => Boolean(id))
  const productIds = items.map((i) => i.product_id).filter((id): id is string => Boolean(id))
  const [sessions, courses] = await Promise.all([
    variantIds.length ? service.listWorkshopSessions({ variant_id: variantIds }, { select: ["id", "variant_id"] }) : [],
    productIds.length ? service.listCourses({ product_id: productIds }, { select: ["id", "product_id", "title"] }) : [],
  ])
  const seatLines = items.filter((i) => sessions.some((s) => s.variant_id === i.variant_id))
  const courseLines = items.filter((i) => courses.some((c) => c.product_id === i.product_id))
  if (!seatLines.length && !courseLines.length) return []
  const problems: string[] = []
  if (!cart.customer_id || cart.customer?.has_account === false)
    problems.push("Log in to buy courses and workshop seats, so they are kept in your account")
  for (const line of [...seatLines, ...courseLines]) {
    if (Number(line.quantity) !== 1) problems.push(`${line.title}: one per person (set the quantity to 1)`)
  }
  const seatIds = seatLines.map((l) => l.metadata?.seat_id).filter((id): id is string => typeof id === "string")
  const seats = seatIds.length ? await service.listWorkshopSeats({ id: seatIds }) : []
  for (const line of seatLines) {
    const seat = seats.find((s) => s.id === line.metadata?.seat_id)
    const live =
      seat &&
      seat.status === "held" &&
      seat.customer_id === cart.customer_id &&
      seat.hold_expires_at &&
      new Date(seat.hold_expires_at) > new Date()
    if (!live)
      problems.push(`${line.title}: your seat hold has lapsed; remove it from the cart and book the seat again`)
  }
  if (cart.customer_id && courseLines.length) {
    const owned = await service.listEnrolments(
      { customer_id: cart.customer_id, course_id: courses.map((c) => c.id) },
      { select: ["course_id"] }
    )
    for (const course of courses) {
      if (owned.some((e) => e.course_id === course.id))
        problems.push(`You already have the course "${course.title}": remove it from the cart`)
    }
  }
  return problems
}
