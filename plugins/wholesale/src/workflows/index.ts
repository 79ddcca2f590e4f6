export * from "./cart"
export * from "./companies"
export * from "./quotes"
export * from "./terms"
