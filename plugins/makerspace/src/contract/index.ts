// The makerspace plugin's contract: plain types and constants, no server code. The storefront, other
// plugins' subscribers and the tests import this (`@dharavi/makerspace/contract`), never the plugin's modules.
export * from "./events"
export * from "./errors"
export * from "./http"
