export * from "./sellers"
export * from "./members"
export * from "./products"
export * from "./orders"
