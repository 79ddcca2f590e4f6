// @dharavi/jobs/contract: what the storefront, other plugins and the tests import from the jobs
// plugin. Plain constants and types only: no server code, no imports from the plugin's modules.
export * from "./events"
export * from "./errors"
export * from "./http"
