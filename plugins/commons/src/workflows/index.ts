export * from "./pledges"
export * from "./pools"
export * from "./settle-pledge"
export * from "./settlement"
