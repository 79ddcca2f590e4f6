/** Checkout address form: parsing and validation, independent of Medusa and Next. */
export type AddressInput = {
  first_name: string
  last_name: string
  address_1: string
  address_2: string
  city: string
  province: string
  postal_code: string
  country_code: string
  phone: string
}

export type CheckoutContact = { email: string; address: AddressInput }

export type FieldError = "email" | "first_name" | "last_name" | "address_1" | "city" | "postal_code" | "country_code"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function field(form: { get(name: string): unknown }, name: string, max = 200): string {
  const v = form.get(name)
  return typeof v === "string" ? v.trim().slice(0, max) : ""
}

export function parseCheckoutContact(form: { get(name: string): unknown }): CheckoutContact {
  return {
    email: field(form, "email", 254).toLowerCase(),
    address: {
      first_name: field(form, "first_name"),
      last_name: field(form, "last_name"),
      address_1: field(form, "address_1"),
      address_2: field(form, "address_2"),
      city: field(form, "city"),
      province: field(form, "province"),
      postal_code: field(form, "postal_code", 20),
      country_code: field(form, "country_code", 2).toLowerCase(),
      phone: field(form, "phone", 30),
    },
  }
}

/** The fields that are missing or wrong; empty when the contact can be saved. */
export function validateCheckoutContact(contact: CheckoutContact, allowedCountries: readonly string[]): FieldError[] {
  const errors: FieldError[] = []
  if (!EMAIL.test(contact.email)) errors.push("email")
  const a = contact.address
  if (!a.first_name) errors.push("first_name")
  if (!a.last_name) errors.push("last_name")
  if (!a.address_1) errors.push("address_1")
  if (!a.city) errors.push("city")
  if (!a.postal_code) errors.push("postal_code")
  if (!allowedCountries.includes(a.country_code)) errors.push("country_code")
  return errors
}

export const MIN_PASSWORD = 8

export function isValidEmail(value: string): boolean {
  return EMAIL.test(value)
}
