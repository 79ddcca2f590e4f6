/** Skill School's contract: events, error codes and HTTP types. Plain types and constants, no server code. */
export * from "./events"
export * from "./errors"
export * from "./http"
