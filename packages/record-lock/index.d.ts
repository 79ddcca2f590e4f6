export type HeldLock = { key: string; owner_id: string }

/** Takes the lock of `key` (e.g. "booking:bkg_1"), waiting up to `wait_seconds` (15); 409 record_busy after that. */
export const lockRecordStep: import("@medusajs/framework/workflows-sdk").StepFunction<
  { key: string; wait_seconds?: number },
  HeldLock
>
/** Releases the lock taken by lockRecordStep (pass its result). */
export const unlockRecordStep: import("@medusajs/framework/workflows-sdk").StepFunction<HeldLock, boolean>
export const WAIT_SECONDS: number
export const TTL_SECONDS: number
