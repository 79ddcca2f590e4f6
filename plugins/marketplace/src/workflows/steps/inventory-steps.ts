import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { notAllowed } from "@dharavi/errors"
import { MarketplaceErrors } from "../../contract/errors"

/**
 * Sets how many of an item are on the shelf at a location. Creates the level when the item was
 * never stocked there; a failure later in the workflow puts the old quantity back.
 */
export const setStockedQuantityStep = createStep(
  "set-stocked-quantity",
  async (input: { inventory_item_id: string; location_id?: string; stocked_quantity: number }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    let locationId = input.location_id
    if (!locationId) {
      // Default: the stock location that serves the store's default sales channel.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: stores } = await query.graph({
        entity: "store",
        fields: ["default_sales_channel_id"],
      })
      const { data: channels } = await query.graph({
        entity: "sales_channel",
        fields: ["stock_locations.id"],
        filters: { id: stores[0]?.default_sales_channel_id },
      })
      locationId = (channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]?.id
      if (!locationId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No stock location serves the store")
    }
    const [level] = await inventory.listInventoryLevels({
      inventory_item_id: input.inventory_item_id,
      location_id: locationId,
    })
    if (level && Number(level.reserved_quantity) > input.stocked_quantity) {
      throw notAllowed(
        MarketplaceErrors.STOCK_BELOW_RESERVED,
        `Cannot set stock below the ${level.reserved_quantity} already reserved for open orders`,
        { reserved_quantity: Number(level.reserved_quantity) }
      )
    }
    if (level) {
      const [updated] = await inventory.updateInventoryLevels([
        {
          inventory_item_id: input.inventory_item_id,
          location_id: locationId,
          stocked_quantity: input.stocked_quantity,
        },
      ])
      return new StepResponse(updated, {
        item: input.inventory_item_id,
        location: locationId,
        previous: Number(level.stocked_quantity),
      })
    }
    const created = await inventory.createInventoryLevels({
      inventory_item_id: input.inventory_item_id,
      location_id: locationId,
      stocked_quantity: input.stocked_quantity,
    })
    return new StepResponse(created, {
      item: input.inventory_item_id,
      location: locationId,
      previous: null as number | null,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.previous === null) {
      await inventory.deleteInventoryLevel(undo.item, undo.location)
    } else {
      await inventory.updateInventoryLevels([
        { inventory_item_id: undo.item, location_id: undo.location, stocked_quantity: undo.previous },
      ])
    }
  }
)
