// @dharavi/wholesale/contract: plain types and constants, no server code (safe for the storefront).
export * from "./events"
export * from "./errors"
export * from "./http"
