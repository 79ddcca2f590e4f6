export * from "./bookings"
