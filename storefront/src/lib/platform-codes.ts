import platform from "../../messages/codes/platform.json"

/** A code the application itself answers with (not a plugin's): a key of messages/codes/platform.json. */
export type PlatformCode = keyof typeof platform.en

/**
 * The application's own error codes: a busy record (@dharavi/record-lock), the sign-in throttle, malformed
 * input, and the uploads' refusals (@dharavi/uploads). No plugin contract declares them (packages/errors
 * and packages/uploads export no code constants); `satisfies` holds each to the storefront's code table.
 */
export const PlatformErrors = {
  RECORD_BUSY: "record_busy",
  TOO_MANY_ATTEMPTS: "too_many_attempts",
  INVALID_INPUT: "invalid_input",
  UPLOAD_TYPE_NOT_ALLOWED: "upload_type_not_allowed",
  UPLOAD_TOO_LARGE: "upload_too_large",
  UPLOAD_BAD_NAME: "upload_bad_name",
  UPLOAD_MISSING: "upload_missing",
  UPLOAD_TOO_MANY: "upload_too_many",
  UPLOAD_BAD_FIELD: "upload_bad_field",
  UPLOAD_MALFORMED: "upload_malformed",
} as const satisfies Record<string, PlatformCode>
