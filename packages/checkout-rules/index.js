// Medusa allows one handler per workflow hook. This package owns completeCartWorkflow.hooks.validate
// and runs every plugin's registered checkout rule in it, so a rule holds whether the cart is
// completed through POST /store/carts/:id/complete, a payment webhook, or completeCartWorkflow
// called directly. Plain CommonJS: plugins load it at run time as it is.
"use strict"
const { StepResponse } = require("@medusajs/framework/workflows-sdk")
const { completeCartWorkflow } = require("@medusajs/medusa/core-flows")

/** name -> { validate, compensate }, in registration order. */
const rules = new Map()

/**
 * Registers (or replaces, on a reload) a plugin's rule. `validate({ cart_id, cart }, container)`
 * throws to refuse the cart and may return data for `compensate(data, container)`, which runs when
 * a later step of the checkout fails (a declined payment, say).
 */
function registerCheckoutRule(name, rule) {
  if (typeof rule?.validate !== "function") throw new Error(`checkout rule ${name} needs a validate function`)
  rules.set(name, rule)
}

function checkoutRuleNames() {
  return [...rules.keys()]
}

/** Runs every rule; if one refuses, the ones that already passed are compensated first. */
async function runCheckoutRules(cart, container) {
  const passed = []
  for (const [name, rule] of rules) {
    try {
      const data = await rule.validate({ cart_id: cart.id, cart }, container)
      passed.push({ name, data: data ?? null })
    } catch (error) {
      await compensateCheckoutRules(passed, container)
      throw error
    }
  }
  return passed
}

async function compensateCheckoutRules(passed, container) {
  for (const { name, data } of [...(passed ?? [])].reverse()) {
    const rule = rules.get(name)
    if (rule?.compensate) await rule.compensate(data, container)
  }
}

completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => new StepResponse(undefined, await runCheckoutRules(cart, container)),
  async (passed, { container }) => compensateCheckoutRules(passed, container)
)

module.exports = { registerCheckoutRule, checkoutRuleNames, runCheckoutRules }
