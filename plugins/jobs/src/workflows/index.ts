export * from "./profiles"
export * from "./posts"
export * from "./applications"
