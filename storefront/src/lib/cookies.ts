import { cookies, headers } from "next/headers"
import { normalizeCurrency, type CurrencyCode } from "./currency"
import { jwtMaxAge } from "./jwt"

/** Cookie names. All httpOnly: the browser's JavaScript never sees cart or auth. */
export const CART_COOKIE = "mid_cart_id"
export const AUTH_COOKIE = "mid_auth"
export const CURRENCY_COOKIE = "mid_currency"
/** The seller's JWT (auth actor type "seller"), kept apart from the shopper's. */
export const SELLER_AUTH_COOKIE = "mid_seller_auth"

const DAY = 60 * 60 * 24
const WEEK = DAY * 7

async function secure(): Promise<boolean> {
  if (process.env.COOKIE_SECURE === "true") return true
  if (process.env.COOKIE_SECURE === "false") return false
  const h = await headers()
  return (h.get("x-forwarded-proto") ?? "").split(",")[0]?.trim() === "https"
}

async function setCookie(name: string, value: string, maxAge: number) {
  const jar = await cookies()
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", maxAge, secure: await secure() })
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}
export async function setCartId(id: string) {
  await setCookie(CART_COOKIE, id, WEEK * 4)
}
export async function clearCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value || undefined
}
export async function setAuthToken(token: string) {
  await setCookie(AUTH_COOKIE, token, Math.min(jwtMaxAge(token, DAY), WEEK))
}
export async function clearAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** Authorization header for the current customer, or none for a guest. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function getSellerToken(): Promise<string | undefined> {
  return (await cookies()).get(SELLER_AUTH_COOKIE)?.value || undefined
}
export async function setSellerToken(token: string) {
  await setCookie(SELLER_AUTH_COOKIE, token, Math.min(jwtMaxAge(token, DAY), WEEK))
}
export async function clearSellerToken() {
  ;(await cookies()).delete(SELLER_AUTH_COOKIE)
}

/** Authorization header for the logged-in seller, or none. */
export async function sellerHeaders(): Promise<Record<string, string>> {
  const token = await getSellerToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function getCurrency(): Promise<CurrencyCode> {
  return normalizeCurrency((await cookies()).get(CURRENCY_COOKIE)?.value)
}
export async function setCurrency(currency: CurrencyCode) {
  await setCookie(CURRENCY_COOKIE, currency, WEEK * 52)
}
