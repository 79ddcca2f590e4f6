import type { MedusaContainer } from "@medusajs/framework/types"

export type CheckoutRule<D = unknown> = {
  /** Throws (a coded error) to refuse the cart; returns data for `compensate`, if any. */
  validate(
    input: { cart_id: string; cart: Record<string, unknown> & { id: string; completed_at?: Date | string | null } },
    container: MedusaContainer
  ): Promise<D | void>
  /** Undoes what `validate` did when a later checkout step fails. */
  compensate?(data: D | null, container: MedusaContainer): Promise<void>
}

/** Registers a plugin's checkout rule, run by the one completeCartWorkflow.hooks.validate handler. */
export function registerCheckoutRule<D>(name: string, rule: CheckoutRule<D>): void
export function checkoutRuleNames(): string[]
export function runCheckoutRules(
  cart: { id: string },
  container: MedusaContainer
): Promise<{ name: string; data: unknown }[]>
