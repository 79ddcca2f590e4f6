export * from "./pledges"
export * from "./pools"
export * from "./settlement"
