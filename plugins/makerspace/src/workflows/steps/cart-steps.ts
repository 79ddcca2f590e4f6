import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { notAllowed } from "@dharavi/errors"
import { MAKERSPACE_MODULE } from "../../modules/makerspace"
import type MakerspaceModuleService from "../../modules/makerspace/service"

/**
 * Prices a held booking for the customer's cart with Medusa's pricing module: the unit's variant
 * gives the price of one hour in the cart's currency, member prices included (price lists for the
 * customer's groups). The booking becomes a line item that needs no shipping.
 */
export const priceBookingForCartStep = createStep(
  "price-booking-for-cart",
  async (input: { booking_id: string; cart_id: string; customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const makerspace = container.resolve(MAKERSPACE_MODULE) as MakerspaceModuleService
    const booking = await makerspace.retrieveBooking(input.booking_id, { relations: ["unit", "unit.tool_house"] })
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "currency_code", "region_id", "customer_id", "completed_at"],
      filters: { id: input.cart_id },
    })
    const cart: any = carts[0]
    if (!cart || cart.completed_at || (cart.customer_id && cart.customer_id !== input.customer_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    }
    if (!booking.unit.variant_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${booking.unit.name} has no online price; book it at the tool-house`)
    }
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "product.title", "price_set.id"],
      filters: { id: booking.unit.variant_id },
    })
    const variant: any = variants[0]
    const { data: groups } = await query.graph({
      entity: "customer_group",
      fields: ["id"],
      filters: { customers: { id: input.customer_id } } as any,
    })
    const pricing = container.resolve(Modules.PRICING)
    const [price] = await pricing.calculatePrices(
      { id: [variant.price_set.id] },
      {
        context: {
          currency_code: cart.currency_code,
          region_id: cart.region_id,
          customer: { groups: groups.map((g: any) => ({ id: g.id })) },
        } as any,
      }
    )
    if (!price?.calculated_amount && price?.calculated_amount !== 0) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${booking.unit.name} has no price in ${cart.currency_code.toUpperCase()}`)
    }
    const hours = (new Date(booking.ends_at).getTime() - new Date(booking.starts_at).getTime()) / 3600_000
    const unitPrice = Math.round(Number(price.calculated_amount) * hours * 100) / 100
    const house = booking.unit.tool_house
    const when = new Intl.DateTimeFormat("en-IN", { timeZone: house.timezone, dateStyle: "medium", timeStyle: "short" })
    return new StepResponse({
      cart_id: cart.id as string,
      currency_code: cart.currency_code as string,
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
          hourly_price: Number(price.calculated_amount),
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
    const makerspace = container.resolve(MAKERSPACE_MODULE) as MakerspaceModuleService
    const { data: carts } = await query.graph({ entity: "cart", fields: ["items.id", "items.metadata"], filters: { id: input.cart_id } })
    const line = ((carts[0] as any)?.items ?? []).find((i: any) => i?.metadata?.booking_id === input.booking_id)
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
  container: { resolve: (k: string) => unknown },
  cart: { completed_at?: Date | string | null; items?: { metadata?: Record<string, unknown> | null }[] | null }
) {
  const ids = bookingIdsOf(cart.items ?? [])
  if (!ids.length || cart.completed_at) return
  const makerspace = container.resolve(MAKERSPACE_MODULE) as MakerspaceModuleService
  const bookings = await makerspace.listBookings({ id: ids }, { relations: ["unit"] })
  for (const id of ids) {
    const booking = bookings.find((b) => b.id === id)
    const live = booking?.status === "held" && booking.hold_expires_at && new Date(booking.hold_expires_at) > new Date()
    if (!live) {
      throw notAllowed(
        "booking_hold_lapsed",
        `Your hold on ${booking?.unit?.name ?? "a booking"} has lapsed; remove it from the cart and choose the time again`,
        { booking_id: id, status: booking?.status ?? null }
      )
    }
  }
}
