import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, deleteLineItemsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import {
  assertFreeCourseStep,
  attachSeatToLineStep,
  cancelSeatStep,
  completeLessonStep,
  confirmSeatsStep,
  enrolStep,
  findEnrolmentStep,
  issueCertificateStep,
  loadOrderLearningStep,
  releaseLapsedSeatsStep,
  takeSeatStep,
  validateSeatCancelStep,
} from "./steps/learning-steps"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import { SkillSchoolEvents, type SkillSchoolEventPayloads } from "../contract"

const enrolledEvents = (created: string[]) => created.map((id) => ({ id }))

/**
 * The order is placed: its workshop seats are confirmed and its buyer is enrolled in every course
 * it bought (several courses, several enrolments) and in the course of every seat. Placing the same
 * order again (a redelivered event) changes nothing.
 */
export const enrolFromOrderWorkflow = createWorkflow("skill-school-enrol-from-order", (input: { order_id: string }) => {
  const order = loadOrderLearningStep(input)
  const seats = confirmSeatsStep(
    transform({ order }, ({ order }) => ({ seat_ids: order.seat_ids, order_id: order.order_id }))
  )
  const enrolled = when("order-has-customer", { order }, ({ order }) => Boolean(order.customer_id)).then(() =>
    enrolStep(
      transform({ order, seats }, ({ order, seats }) => ({
        customer_id: order.customer_id as string,
        enrolments: [
          ...order.course_ids.map((course_id) => ({ course_id, source: "order" as const, order_id: order.order_id })),
          ...seats.course_ids.map((course_id) => ({
            course_id,
            source: "workshop" as const,
            order_id: order.order_id,
          })),
        ],
      }))
    )
  )
  emitEventStep({
    eventName: SkillSchoolEvents.ENROLMENT_CREATED,
    data: transform({ enrolled }, ({ enrolled }) => enrolledEvents(enrolled?.created ?? [])),
  }).config({ name: "emit-enrolment-created" })
  emitEventStep({
    eventName: SkillSchoolEvents.WORKSHOP_SEAT_CONFIRMED,
    data: transform({ seats }, ({ seats }) => seats.confirmed.map((id) => ({ id }))),
  }).config({ name: "emit-workshop-seat-confirmed" })
  // A hold that lapsed and whose seat went to someone else while this buyer paid: the team refunds it.
  emitEventStep({
    eventName: SkillSchoolEvents.WORKSHOP_SEAT_UNSEATED,
    data: transform({ seats, input }, ({ seats, input }) =>
      seats.unseated.map((id) => ({ id, order_id: input.order_id }))
    ),
  }).config({ name: "emit-workshop-seat-unseated" })
  return new WorkflowResponse(
    transform({ enrolled, seats }, ({ enrolled, seats }) => ({ enrolments: enrolled?.enrolments ?? [], seats }))
  )
})

/** A customer joins a free course with one tap. */
export const enrolFreeWorkflow = createWorkflow(
  "skill-school-enrol-free",
  (input: { course_id: string; customer_id: string }) => {
    assertFreeCourseStep(input)
    const enrolled = enrolStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        enrolments: [{ course_id: input.course_id, source: "free" as const }],
      }))
    )
    emitEventStep({
      eventName: SkillSchoolEvents.ENROLMENT_CREATED,
      data: transform({ enrolled }, ({ enrolled }) => enrolledEvents(enrolled.created)),
    }).config({ name: "emit-enrolment-created" })
    return new WorkflowResponse(
      transform({ enrolled }, ({ enrolled }) => ({
        enrolment: enrolled.enrolments[0],
        created: enrolled.created.length > 0,
      }))
    )
  }
)

/** The platform gives a customer a place (a scholarship, a correction). */
export const grantEnrolmentWorkflow = createWorkflow(
  "skill-school-grant-enrolment",
  (input: { course_id: string; customer_id: string }) => {
    const enrolled = enrolStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        enrolments: [{ course_id: input.course_id, source: "admin" as const }],
      }))
    )
    emitEventStep({
      eventName: SkillSchoolEvents.ENROLMENT_CREATED,
      data: transform({ enrolled }, ({ enrolled }) => enrolledEvents(enrolled.created)),
    }).config({ name: "emit-enrolment-created" })
    return new WorkflowResponse(
      transform({ enrolled }, ({ enrolled }) => ({
        enrolment: enrolled.enrolments[0],
        created: enrolled.created.length > 0,
      }))
    )
  }
)

/**
 * A learner finishes a lesson. The last one completes the course: the certificate is issued and the
 * course's qualification granted (with the makerspace plugin), or all of it is undone together.
 */
export const completeLessonWorkflow = createWorkflow(
  "skill-school-complete-lesson",
  (input: { course_id: string; lesson_id: string; customer_id: string }) => {
    const enrolment = findEnrolmentStep(input)
    const progress = completeLessonStep(
      transform({ enrolment, input }, ({ enrolment, input }) => ({
        enrolment_id: enrolment.id,
        lesson_id: input.lesson_id,
      }))
    )
    const certificate = when("course-completed-now", { progress }, ({ progress }) => progress.completed_now).then(
      () => {
        const issued = issueCertificateStep(
          transform({ enrolment }, ({ enrolment }) => ({ enrolment_id: enrolment.id }))
        )
        // The makerspace grants the qualification from this event (its own subscriber); the event is
        // released only when the workflow succeeds, so a failed completion grants nothing. No
        // qualification: an empty list, so no event.
        emitEventStep({
          eventName: SkillSchoolEvents.QUALIFICATION_EARNED,
          data: transform(
            { issued, enrolment, input },
            ({ issued, enrolment, input }): SkillSchoolEventPayloads["enrolment.qualification_earned"][] =>
              issued.qualification_id
                ? [
                    {
                      enrolment_id: enrolment.id,
                      customer_id: input.customer_id,
                      course_id: input.course_id,
                      qualification_id: issued.qualification_id,
                      certificate_id: issued.id,
                    },
                  ]
                : []
          ),
        }).config({ name: "emit-qualification-earned" })
        emitEventStep({
          eventName: SkillSchoolEvents.ENROLMENT_COMPLETED,
          data: transform({ enrolment }, ({ enrolment }) => ({ id: enrolment.id })),
        }).config({ name: "emit-enrolment-completed" })
        emitEventStep({
          eventName: SkillSchoolEvents.CERTIFICATE_ISSUED,
          data: transform({ issued }, ({ issued }) => ({ id: issued.id, code: issued.code })),
        }).config({ name: "emit-certificate-issued" })
        return issued
      }
    )
    emitEventStep({
      eventName: SkillSchoolEvents.LESSON_COMPLETED,
      data: transform({ enrolment, input }, ({ enrolment, input }) => ({
        enrolment_id: enrolment.id,
        lesson_id: input.lesson_id,
      })),
    }).config({ name: "emit-lesson-completed" })
    return new WorkflowResponse(
      transform({ progress, certificate }, ({ progress, certificate }) => ({
        lessons_done: progress.done,
        lessons_total: progress.total,
        completed: progress.done >= progress.total && progress.total > 0,
        certificate_code: certificate?.code ?? null,
      }))
    )
  }
)

/**
 * A seat at a workshop. Free: taken at once, and the attendee is enrolled in the course. Paid: held
 * for `hold_minutes` and added to the customer's cart at the seat's Medusa price; if the cart refuses
 * it, the seat is let go by compensation.
 */
export const holdSeatWorkflow = createWorkflow(
  "skill-school-hold-seat",
  (input: { session_id: string; customer_id: string; cart_id?: string | null; hold_minutes: number }) => {
    const taken = takeSeatStep(input)
    when("seat-is-paid", { taken }, ({ taken }) => !taken.free).then(() => {
      addToCartWorkflow.runAsStep({
        input: transform({ taken, input }, ({ taken, input }) => ({
          cart_id: input.cart_id as string,
          items: [
            {
              variant_id: taken.variant_id as string,
              quantity: 1,
              requires_shipping: false,
              metadata: { seat_id: taken.seat.id, session_id: input.session_id },
            },
          ],
        })),
      })
      attachSeatToLineStep(
        transform({ taken, input }, ({ taken, input }) => ({
          seat_id: taken.seat.id,
          cart_id: input.cart_id as string,
        }))
      )
    })
    when("seat-is-free", { taken }, ({ taken }) => taken.free).then(() => {
      enrolStep(
        transform({ taken, input }, ({ taken, input }) => ({
          customer_id: input.customer_id,
          enrolments: [{ course_id: taken.course_id, source: "workshop" as const }],
        }))
      )
    })
    emitEventStep({
      eventName: SkillSchoolEvents.WORKSHOP_SEAT_HELD,
      data: transform({ taken }, ({ taken }) => ({ id: taken.seat.id, status: taken.seat.status })),
    }).config({ name: "emit-workshop-seat-held" })
    return new WorkflowResponse(transform({ taken }, ({ taken }) => taken.seat))
  }
)

/**
 * A customer lets their seat go: a hold leaves the cart with it; a free seat is freed for the next
 * person. The seat's record lock covers the status change and the cart change together; the change
 * itself is conditional on the status checked (409 seat_moved for a cancel that lost the race).
 */
export const cancelSeatWorkflow = createWorkflow(
  "skill-school-cancel-seat",
  (input: { seat_id: string; customer_id: string }) => {
    const seen = validateSeatCancelStep(input)
    const held = lockRecordStep(transform({ input }, ({ input }) => ({ key: `seat:${input.seat_id}` })))
    const result = cancelSeatStep(
      transform({ input, seen }, ({ input, seen }) => ({ seat_id: input.seat_id, seen_status: seen.status }))
    )
    when(
      "hold-has-cart-line",
      { result },
      ({ result }) => result.previous_status === "held" && Boolean(result.cart_id && result.line_item_id)
    ).then(() => {
      deleteLineItemsWorkflow.runAsStep({
        input: transform({ result }, ({ result }) => ({
          cart_id: result.cart_id as string,
          ids: [result.line_item_id as string],
        })),
      })
    })
    unlockRecordStep(held)
    emitEventStep({
      eventName: SkillSchoolEvents.WORKSHOP_SEAT_CANCELLED,
      data: transform({ input }, ({ input }) => ({ id: input.seat_id })),
    }).config({ name: "emit-workshop-seat-cancelled" })
    return new WorkflowResponse(transform({ result }, ({ result }) => result.seat))
  }
)

/** The job: seat holds whose time ran out are let go, so the seats go back on sale. */
export const releaseLapsedSeatsWorkflow = createWorkflow("skill-school-release-lapsed-seats", () => {
  const released = releaseLapsedSeatsStep()
  emitEventStep({
    eventName: SkillSchoolEvents.WORKSHOP_SEAT_EXPIRED,
    data: transform({ released }, ({ released }) => released.map((id) => ({ id }))),
  }).config({ name: "emit-workshop-seat-expired" })
  return new WorkflowResponse(released)
})
