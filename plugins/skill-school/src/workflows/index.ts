export * from "./catalogue"
export * from "./learning"
