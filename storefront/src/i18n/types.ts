import type { Messages } from "./messages"
import type { AppLocale } from "./routing"

// Makes next-intl check message keys and locales at compile time.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale
    Messages: Messages
  }
}
