import Medusa from "@medusajs/js-sdk"
import { backendUrl, publishableKey } from "./config"

let instance: { key: string; sdk: Medusa } | null = null

/**
 * The one js-sdk instance, used only on the server. It never stores a token
 * ("nostore"): the customer's JWT lives in an httpOnly cookie and is passed per
 * call as a header (see authHeaders in ./cookies), so requests never share auth.
 */
export function medusa(): Medusa {
  const baseUrl = backendUrl()
  const key = publishableKey()
  const cacheKey = `${baseUrl}|${key}`
  if (!instance || instance.key !== cacheKey) {
    instance = {
      key: cacheKey,
      sdk: new Medusa({
        baseUrl,
        publishableKey: key,
        debug: false,
        auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
      }),
    }
  }
  return instance.sdk
}
