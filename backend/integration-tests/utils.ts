import fs from "fs"
import os from "os"
import path from "path"
import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import seedDemoData from "../src/scripts/seed"

// Shared by the backend's and every plugin's HTTP tests.

/** Plugin HTTP tests boot the whole application (backend/), which loads this plugin. */
export const APP_DIR = path.resolve(__dirname, "..")

/** What a test passes with a request: the parts of axios's config the tests use (any other axios option too). */
export type RequestConfig = {
  headers?: Record<string, string>
  params?: Record<string, string | number | boolean>
  responseType?: "json" | "text" | "arraybuffer" | "stream"
  maxRedirects?: number
  validateStatus?: (status: number) => boolean
  [option: string]: unknown
}

/** An HTTP answer as axios gives it; `T` is what the test reads, named by a contract's http types. */
export type Answer<T = unknown> = { status: number; headers: Record<string, string>; data: T }

/**
 * The test runner's axios client, typed: `api.get<StoreQuoteResponse>(url, config)`. Without a type
 * argument the answer's body is `unknown`, so a test that reads it names its shape.
 */
export type Api = {
  get: <T = unknown>(url: string, config?: RequestConfig) => Promise<Answer<T>>
  post: <T = unknown>(url: string, body?: unknown, config?: RequestConfig) => Promise<Answer<T>>
  delete: <T = unknown>(url: string, config?: RequestConfig) => Promise<Answer<T>>
}

/**
 * An error answer. The application's handler answers `{ type, code, message, details }`; a few of
 * Medusa's own (its authentication middleware's 401) carry `type` and `message` only.
 */
export type ErrorAnswer<D = Record<string, unknown>> = { type?: string; code?: string; message: string; details?: D }

/** The body of a sign-in or registration through /auth/<actor>/emailpass. */
export type AuthTokenResponse = { token: string }

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** Runs a request that must fail; returns the axios error response (status, headers and the error answer). */
export async function failure<D = Record<string, unknown>>(request: Promise<unknown>): Promise<Answer<ErrorAnswer<D>>> {
  try {
    await request
  } catch (error: unknown) {
    const response = (error as { response?: Answer<ErrorAnswer<D>> } | null)?.response
    if (response) return response
    throw error
  }
  throw new Error("expected the request to fail, but it succeeded")
}

let adminCounter = 0
export async function adminToken(api: Api, container: MedusaContainer) {
  const email = `admin${++adminCounter}-${Date.now()}@dharavi.test`
  const password = "admin-pass-123"
  const { authIdentity } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password } })
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity!.id, userData: { email } } })
  const { data } = await api.post<AuthTokenResponse>("/auth/user/emailpass", { email, password })
  return data.token
}

/**
 * The least a store needs for sellers to list products: a default sales channel, a default
 * shipping profile and a publishable key. (The order tests use the full demo seed instead.)
 */
export async function storeFixture(container: MedusaContainer) {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test storefront" }] },
  })
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: { selector: { id: store.id }, update: { default_sales_channel_id: channels[0].id } },
  })
  const profiles = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  if (!profiles.length) {
    await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } })
  }
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channels[0].id] } })
  return { sales_channel_id: channels[0].id, store: { headers: { "x-publishable-api-key": keys[0].token } } }
}

let customerCounter = 0
/** Registers a customer through the store API; returns their bearer token and id. */
export async function customerToken(api: Api, store: { headers: Record<string, string> }, name = "Test Customer") {
  const email = `customer${++customerCounter}-${Date.now()}@dharavi.test`
  const password = "customer-pass-123"
  const { data: reg } = await api.post<AuthTokenResponse>("/auth/customer/emailpass/register", { email, password })
  const { data } = await api.post<HttpTypes.StoreCustomerResponse>(
    "/store/customers",
    { email, first_name: name.split(" ")[0], last_name: name.split(" ").slice(1).join(" ") || "Test" },
    { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } }
  )
  const { data: login } = await api.post<AuthTokenResponse>("/auth/customer/emailpass", { email, password })
  return { token: login.token, customer_id: data.customer.id, email }
}

/** Polls until `probe` returns a value (e.g. a subscriber has run), or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** Seeds the full demo data into the test database; returns store request config with its publishable key. */
export async function seedDemo(container: MedusaContainer) {
  const envFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dharavi-seed-")), "storefront.env")
  process.env.STOREFRONT_ENV_FILE = envFile
  await seedDemoData({ container, args: [] })
  const key = /MEDUSA_PUBLISHABLE_KEY=(\S+)/.exec(fs.readFileSync(envFile, "utf8"))?.[1]
  if (!key) throw new Error("the seed wrote no publishable key")
  return { headers: { "x-publishable-api-key": key } }
}
