import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { invalid, notAllowed, notFound } from "@dharavi/errors"
import { SkillSchoolErrors, type EnrolmentSource, type SeatStatus } from "../../contract"
import { certificateCode } from "../../lib/certificate"
import { SKILL_SCHOOL_MODULE } from "../../modules/skill-school"
import type { EnrolmentRow } from "../../modules/skill-school/service"

/** The order and cart fields read here (query.graph answers untyped rows for them). */
type LineRead = { id: string; product_id?: string | null; metadata?: Record<string, unknown> | null } | null
type OrderRead = { id: string; customer_id?: string | null; items?: LineRead[] | null }
type CartRead = { items?: LineRead[] | null }

/**
 * What an order teaches: the courses among its products, and the workshop seats its lines pay for
 * (line metadata `seat_id`, set when the seat was held).
 */
export const loadOrderLearningStep = createStep(
  "skill-school-load-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "items.id", "items.product_id", "items.metadata"],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderRead | undefined
    // Medusa's own order, read from its order.placed event: not an answer of a Skill School route.
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    const items = (order.items ?? []).filter((i): i is NonNullable<LineRead> => i !== null)
    const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => Boolean(id)))]
    const courses = productIds.length
      ? await container.resolve(SKILL_SCHOOL_MODULE).listCourses({ product_id: productIds }, { select: ["id"] })
      : []
    const seatIds = items.map((i) => i?.metadata?.seat_id).filter((id): id is string => typeof id === "string")
    return new StepResponse({
      order_id: order.id,
      customer_id: order.customer_id ?? null,
      course_ids: courses.map((c) => c.id),
      seat_ids: seatIds,
    })
  }
)

export const confirmSeatsStep = createStep(
  "skill-school-confirm-seats",
  async (input: { seat_ids: string[]; order_id: string }, { container }) => {
    if (!input.seat_ids.length)
      return new StepResponse(
        { confirmed: [] as string[], unseated: [] as string[], course_ids: [] as string[] },
        [] as string[]
      )
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    const result = await service.confirmSeats(input)
    const seats = result.confirmed.length
      ? await service.listWorkshopSeats({ id: result.confirmed }, { relations: ["session"] })
      : []
    const courseIds = [...new Set(seats.map((s) => s.session.course_id))]
    return new StepResponse({ ...result, course_ids: courseIds }, result.confirmed)
  },
  async (confirmed, { container }) => {
    if (confirmed?.length) await container.resolve(SKILL_SCHOOL_MODULE).unconfirmSeats(confirmed)
  }
)

/** Enrols a customer in each course once; the compensation removes only the enrolments it made. */
export const enrolStep = createStep(
  "skill-school-enrol",
  async (
    input: {
      customer_id: string
      enrolments: { course_id: string; source: EnrolmentSource; order_id?: string | null }[]
    },
    { container }
  ) => {
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    const made: EnrolmentRow[] = []
    const all: EnrolmentRow[] = []
    const seen = new Set<string>()
    for (const e of input.enrolments) {
      if (seen.has(e.course_id)) continue
      seen.add(e.course_id)
      const { enrolment, created } = await service.enrolOnce({ ...e, customer_id: input.customer_id })
      all.push(enrolment)
      if (created) made.push(enrolment)
    }
    return new StepResponse(
      { enrolments: all, created: made.map((e) => e.id) },
      made.map((e) => e.id)
    )
  },
  async (created, { container }) => {
    if (created?.length) await container.resolve(SKILL_SCHOOL_MODULE).deleteEnrolments(created)
  }
)

/** A free course, published: the only kind a customer may join without paying. */
export const assertFreeCourseStep = createStep(
  "skill-school-assert-free-course",
  async (input: { course_id: string }, { container }) => {
    const [course] = await container
      .resolve(SKILL_SCHOOL_MODULE)
      .listCourses({ id: input.course_id, status: "published" })
    if (!course)
      throw notFound(SkillSchoolErrors.COURSE_NOT_FOUND, `Course ${input.course_id} was not found`, {
        course: input.course_id,
      })
    if (!course.is_free)
      throw notAllowed(SkillSchoolErrors.COURSE_PAID, "This course is paid: add it to your cart to join", {
        course_id: course.id,
      })
    return new StepResponse(course)
  }
)

/** The learner's enrolment in the lesson's course; the lesson must belong to the course. */
export const findEnrolmentStep = createStep(
  "skill-school-find-enrolment",
  async (input: { course_id: string; lesson_id: string; customer_id: string }, { container }) => {
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    const [lesson] = await service.listLessons({ id: input.lesson_id, course_id: input.course_id })
    if (!lesson)
      throw notFound(SkillSchoolErrors.LESSON_NOT_FOUND, `Lesson ${input.lesson_id} was not found`, {
        course_id: input.course_id,
        lesson_id: input.lesson_id,
      })
    const [enrolment] = await service.listEnrolments({ course_id: input.course_id, customer_id: input.customer_id })
    if (!enrolment)
      throw notAllowed(SkillSchoolErrors.NOT_ENROLLED, "Join this course to record your progress", {
        course_id: input.course_id,
      })
    return new StepResponse(enrolment)
  }
)

export const completeLessonStep = createStep(
  "skill-school-complete-lesson",
  async (input: { enrolment_id: string; lesson_id: string }, { container }) => {
    const result = await container.resolve(SKILL_SCHOOL_MODULE).completeLesson(input)
    return new StepResponse(result, { ...input, ...result })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(SKILL_SCHOOL_MODULE).undoCompleteLesson(undo)
  }
)

/** Issues the certificate of a completed enrolment (once: unique per enrolment). */
export const issueCertificateStep = createStep(
  "skill-school-issue-certificate",
  async (input: { enrolment_id: string }, { container }) => {
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    const [existing] = await service.listCertificates({ enrolment_id: input.enrolment_id })
    if (existing) return new StepResponse(existing, null as string | null)
    const enrolment = await service.retrieveEnrolment(input.enrolment_id, { relations: ["course"] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["first_name", "last_name", "email"],
      filters: { id: enrolment.customer_id },
    })
    const customer = data[0]
    const holder =
      [customer?.first_name, customer?.last_name].filter(Boolean).join(" ").trim() || customer?.email || "Learner"
    const course = enrolment.course
    const certificate = await service.createCertificates({
      code: certificateCode(),
      enrolment_id: enrolment.id,
      course_id: course.id,
      customer_id: enrolment.customer_id,
      holder_name: holder,
      course_title: course.title,
      teacher_name: course.teacher_name,
      issued_at: new Date(),
      qualification_id: course.grants_qualification_id ?? null,
    })
    return new StepResponse(certificate, certificate.id as string | null)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SKILL_SCHOOL_MODULE).deleteCertificates(id)
  }
)

/**
 * Holds (paid) or takes (free) a seat at a session for a customer. Paid seats need a cart; the
 * compensation lets the seat go if adding it to the cart fails.
 */
export const takeSeatStep = createStep(
  "skill-school-take-seat",
  async (
    input: { session_id: string; customer_id: string; cart_id?: string | null; hold_minutes: number },
    { container }
  ) => {
    const service = container.resolve(SKILL_SCHOOL_MODULE)
    const session = await service.retrieveWorkshopSession(input.session_id)
    const free = !session.variant_id
    if (!free && !input.cart_id) {
      throw invalid(SkillSchoolErrors.SEAT_NEEDS_CART, "cart_id: this workshop is paid; a seat is held in your cart", {
        field: "cart_id",
        session_id: session.id,
      })
    }
    const seat = await service.holdSeat({
      session_id: input.session_id,
      customer_id: input.customer_id,
      cart_id: free ? null : (input.cart_id ?? null),
      hold_minutes: input.hold_minutes,
      confirm: free,
    })
    return new StepResponse(
      { seat, free, variant_id: session.variant_id ?? null, course_id: session.course_id },
      seat.id
    )
  },
  async (id, { container }) => {
    if (id) await container.resolve(SKILL_SCHOOL_MODULE).updateWorkshopSeats({ id, status: "cancelled" })
  }
)

/** Notes on the seat which cart line pays for it. */
export const attachSeatToLineStep = createStep(
  "skill-school-attach-seat",
  async (input: { seat_id: string; cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["items.id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const line = ((data[0] as CartRead | undefined)?.items ?? []).find((i) => i?.metadata?.seat_id === input.seat_id)
    const seat = await container
      .resolve(SKILL_SCHOOL_MODULE)
      .updateWorkshopSeats({ id: input.seat_id, line_item_id: line?.id ?? null })
    return new StepResponse(seat)
  }
)

/** Checks a customer's own seat may be let go: a hold or a free seat. Paid seats stay. Returns the status seen. */
export const validateSeatCancelStep = createStep(
  "skill-school-validate-seat-cancel",
  async (input: { seat_id: string; customer_id: string }, { container }) => {
    const [seat] = await container
      .resolve(SKILL_SCHOOL_MODULE)
      .listWorkshopSeats({ id: input.seat_id, customer_id: input.customer_id }, { relations: ["session"] })
    if (!seat)
      throw notFound(SkillSchoolErrors.SEAT_NOT_FOUND, `Seat ${input.seat_id} was not found`, {
        seat_id: input.seat_id,
      })
    const paidConfirmed = seat.status === "confirmed" && seat.session.variant_id
    if (paidConfirmed) {
      throw notAllowed(
        SkillSchoolErrors.SEAT_PAID,
        "A paid seat is cancelled by the teacher or the platform: write to us from your order",
        { seat_id: seat.id, status: seat.status }
      )
    }
    if (!["held", "confirmed"].includes(seat.status)) {
      throw notAllowed(SkillSchoolErrors.SEAT_NOT_CANCELLABLE, `This seat is already ${seat.status}`, {
        seat_id: seat.id,
        status: seat.status,
      })
    }
    return new StepResponse({ id: seat.id, status: seat.status as SeatStatus })
  }
)

/** Lets the seat go with a conditional update on the status seen (409 seat_moved when something else moved it first). */
export const cancelSeatStep = createStep(
  "skill-school-cancel-seat",
  async (input: { seat_id: string; seen_status: SeatStatus }, { container }) => {
    const updated = await container.resolve(SKILL_SCHOOL_MODULE).cancelSeat(input.seat_id, input.seen_status)
    return new StepResponse(
      {
        seat: updated,
        previous_status: input.seen_status,
        cart_id: updated.cart_id,
        line_item_id: updated.line_item_id,
      },
      { id: input.seat_id, status: input.seen_status }
    )
  },
  async (previous, { container }) => {
    if (previous) await container.resolve(SKILL_SCHOOL_MODULE).updateWorkshopSeats(previous)
  }
)

export const releaseLapsedSeatsStep = createStep(
  "skill-school-release-lapsed-seats",
  async (_: void, { container }) => {
    const released = await container.resolve(SKILL_SCHOOL_MODULE).releaseLapsedHolds()
    return new StepResponse(released.map((r) => r.id))
  }
)
