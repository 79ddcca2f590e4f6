import type { MedusaContainer, PricingContext } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { notAllowed, notFound } from "@dharavi/errors"
import { MakerspaceErrors, type MakerspaceErrorDetails } from "../../contract"
import { MAKERSPACE_MODULE } from "../../modules/makerspace"

const pricingContext = (context: Record<string, unknown>) => context as PricingContext["context"]

/**
 * Prices a held booking for the customer's cart with Medusa's pricing module: the unit's variant
 * gives the price of one hour in the cart's currency, member prices included (price lists for the
 * customer's groups). The booking becomes a line item that needs no shipping.
 */
export const priceBookingForCartStep = createStep(
  "price-booking-for-cart",
  async (input: { booking_id: string; cart_id: string; customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const makerspace = container.resolve(MAKERSPACE_MODULE)
    const booking = await makerspace.retrieveBooking(input.booking_id, { relations: ["unit", "unit.tool_house"] })
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "currency_code", "region_id", "customer_id", "completed_at"],
      filters: { id: input.cart_id },
    })
    const cart = carts[0] as
      | {
          id: string
          currency_code: string
          region_id: string | null
          customer_id: string | null
          completed_at: Date | null
        }
      | undefined
    if (!cart || cart.completed_at || (cart.customer_id && cart.customer_id !== input.customer_id)) {
      throw notFound<MakerspaceErrorDetails["cart_not_found"]>(
        MakerspaceErrors.CART_NOT_FOUND,
        `Cart ${input.cart_id} was not found`,
        { cart_id: input.cart_id }
      )
    }
    if (!booking.unit.variant_id) {
      throw notAllowed<MakerspaceErrorDetails["unit_not_priced"]>(
        MakerspaceErrors.UNIT_NOT_PRICED,
        `${booking.unit.name} has no online price; book it at the tool-house`,
        {
          unit_id: booking.unit.id,
          currency_code: null,
        }
      )
    }
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "product.title", "price_set.id"],
      filters: { id: booking.unit.variant_id },
    })
    const variant = variants[0] as { price_set?: { id: string } | null } | undefined
    const { data: groups } = await query.graph({
      entity: "customer_group",
      fields: ["id"],
      // Customer groups through their customers (Medusa's own relation; its filter types omit it).
      filters: { customers: { id: input.customer_id } } as Record<string, unknown>,
    })
    const pricing = container.resolve(Modules.PRICING)
    const [price] = variant?.price_set
      ? await pricing.calculatePrices(
          { id: [variant.price_set.id] },
          {
            // Member prices: price lists whose rules name the customer's groups (a nested rule the
            // pricing module reads, wider than its context type says).
            context: pricingContext({
              currency_code: cart.currency_code,
              region_id: cart.region_id,
              customer: { groups: groups.map((g: { id: string }) => ({ id: g.id })) },
            }),
          }
        )
      : []
    if (!price?.calculated_amount && price?.calculated_amount !== 0) {
      throw notAllowed<MakerspaceErrorDetails["unit_not_priced"]>(
        MakerspaceErrors.UNIT_NOT_PRICED,
        `${booking.unit.name} has no price in ${cart.currency_code.toUpperCase()}`,
        {
          unit_id: booking.unit.id,
          currency_code: cart.currency_code,
        }
      )
    }
    // An hour's price times the hours booked, to the paisa.
    const minutes = (new Date(booking.ends_at).getTime() - new Date(booking.starts_at).getTime()) / 60_000
    const unitPrice = MathBN.convert(MathBN.div(MathBN.mult(price.calculated_amount, minutes), 60), 2).toNumber()
    const house = booking.unit.tool_house
    const when = new Intl.DateTimeFormat("en-IN", { timeZone: house.timezone, dateStyle: "medium", timeStyle: "short" })
    return new StepResponse({
      cart_id: cart.id,
      currency_code: cart.currency_code,
      item: {
        title: `${booking.unit.name}, ${house.name}`,
        subtitle: `${when.format(new Date(booking.starts_at))} – ${new Intl.DateTimeFormat("en-IN", { timeZone: house.timezone, timeStyle: "short" }).format(new Date(booking.ends_at))}`,
        quantity: 1,
        unit_price: unitPrice,
        requires_shipping: false,
        is_discountable: false,
        metadata: {
          booking_id: booking.id,
          unit_id: booking.unit.id,
          starts_at: booking.starts_at,
          ends_at: booking.ends_at,
          // The storefront shows the time in the tool-house's zone, whoever is looking.
          timezone: house.timezone,
          hourly_price: MathBN.convert(price.calculated_amount).toNumber(),
        },
      },
    })
  }
)

/** Notes on the booking which cart line pays for it and how much. */
export const attachBookingToCartStep = createStep(
  "attach-booking-to-cart",
  async (input: { booking_id: string; cart_id: string; currency_code: string; amount: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const makerspace = container.resolve(MAKERSPACE_MODULE)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["items.id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const items =
      (carts[0] as { items?: ({ id: string; metadata?: Record<string, unknown> | null } | null)[] | null } | undefined)
        ?.items ?? []
    const line = items.find((i) => i?.metadata?.booking_id === input.booking_id)
    const booking = await makerspace.updateBookings({
      id: input.booking_id,
      cart_id: input.cart_id,
      line_item_id: line?.id ?? null,
      amount: input.amount,
      currency_code: input.currency_code,
    })
    return new StepResponse(booking)
  }
)

/** The bookings a cart's lines pay for. */
export const bookingIdsOf = (items: { metadata?: Record<string, unknown> | null }[]) =>
  items.map((i) => i.metadata?.booking_id).filter((id): id is string => typeof id === "string")

/**
 * At checkout: every booking in the cart must still be held for this customer. A cart completed
 * already is not checked again: Medusa answers a repeated completion with the order it placed (its
 * bookings are confirmed by then, not held).
 */
export async function assertBookingHoldsLive(
  container: MedusaContainer,
  cart: { completed_at?: Date | string | null; items?: { metadata?: Record<string, unknown> | null }[] | null }
) {
  const ids = bookingIdsOf(cart.items ?? [])
  if (!ids.length || cart.completed_at) return
  const makerspace = container.resolve(MAKERSPACE_MODULE)
  const bookings = await makerspace.listBookings({ id: ids }, { relations: ["unit"] })
  for (const id of ids) {
    const booking = bookings.find((b) => b.id === id)
    const live = booking?.status === "held" && booking.hold_expires_at && new Date(booking.hold_expires_at) > new Date()
    if (!live) {
      throw notAllowed<MakerspaceErrorDetails["booking_hold_lapsed"]>(
        MakerspaceErrors.BOOKING_HOLD_LAPSED,
        `Your hold on ${booking?.unit?.name ?? "a booking"} has lapsed; remove it from the cart and choose the time again`,
        { booking_id: id, status: booking?.status ?? null }
      )
    }
  }
}
