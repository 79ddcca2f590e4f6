import { randomUUID } from "crypto"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  CreateAccountHolderInput,
  CreateAccountHolderOutput,
  DeleteAccountHolderInput,
  DeleteAccountHolderOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"

/** Test cards, after the gateways' own convention: any other card is accepted. */
export const TEST_CARDS = {
  accepted: "4242424242424242",
  /** Authorisation is declined. */
  declined: "4000000000000002",
  /** Authorised, but every capture fails (an expired authorisation, say). */
  captureFails: "4000000000000341",
  /** Authorised; the first capture of each payment fails (a gateway time-out), later ones succeed. */
  captureFailsOnce: "4000000000000119",
} as const

// Payments whose first capture already failed (for `captureFailsOnce`); the gateway's own memory.
const failedOnce = new Set<string>()

const card = (data?: Record<string, unknown>) => String(data?.card ?? TEST_CARDS.accepted)

/** Provider id in Medusa: `pp_test-card_test-card`. */
export default class TestCardGateway extends AbstractPaymentProvider {
  static identifier = "test-card"

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const id = randomUUID()
    return { id, data: { card: card(input.data), reference: id } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    if (card(input.data) === TEST_CARDS.declined)
      return { status: PaymentSessionStatus.ERROR, data: { ...input.data, declined: true } }
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...input.data } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    if (card(input.data) === TEST_CARDS.captureFails) {
      throw new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, "The card issuer refused the capture")
    }
    const reference = String(input.data?.reference ?? "")
    if (card(input.data) === TEST_CARDS.captureFailsOnce && !failedOnce.has(reference)) {
      failedOnce.add(reference)
      throw new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, "The gateway timed out; try again")
    }
    return { data: { ...input.data } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: { ...input.data } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: { ...input.data } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return {
      status: card(input.data) === TEST_CARDS.declined ? PaymentSessionStatus.ERROR : PaymentSessionStatus.AUTHORIZED,
    }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: { ...input.data } }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...input.data, card: card(input.data) } }
  }

  async createAccountHolder(input: CreateAccountHolderInput): Promise<CreateAccountHolderOutput> {
    return { id: input.context.customer.id }
  }

  async deleteAccountHolder(_: DeleteAccountHolderInput): Promise<DeleteAccountHolderOutput> {
    return { data: {} }
  }

  async getWebhookActionAndData(_: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
