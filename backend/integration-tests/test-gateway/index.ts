import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import TestCardGateway from "./service"

/**
 * A card-gateway double for tests, registered only when DHARAVI_TEST_GATEWAY=true (see
 * medusa-config.ts). Real gateways (Razorpay, Stripe) cannot be reached from CI; this one answers
 * through Medusa's payment-provider interface, so the code under test runs unchanged.
 */
export default ModuleProvider(Modules.PAYMENT, { services: [TestCardGateway] })
