/**
 * The fields admin lists read through `query.graph` (`validateAndTransformQuery(schema, { defaults,
 * isList })` → `req.queryConfig.fields`). The validators are strict, so a client cannot widen them:
 * no phone or email of a karigar or an employer, and of the linked customer account only its name.
 */
const ACCOUNT = [
  "customer.id",
  "customer.first_name",
  "customer.last_name",
  "customer.company_name",
  "customer.has_account",
]

export const ADMIN_KARIGAR_FIELDS = [
  "id",
  "customer_id",
  "name",
  "photo_url",
  "skills",
  "years_experience",
  "languages",
  "expected_wage",
  "wage_period",
  "area",
  "available_from",
  "available_tomorrow",
  "portfolio_urls",
  "story",
  "status",
  "created_at",
  ...ACCOUNT,
]

export const ADMIN_EMPLOYER_FIELDS = [
  "id",
  "kind",
  "seller_id",
  "customer_id",
  "name",
  "area",
  "about",
  "verified",
  "verified_at",
  "created_at",
  ...ACCOUNT,
]

/** Added when the marketplace is installed (the employer → seller link exists only then). */
export const ADMIN_EMPLOYER_SELLER_FIELDS = ["seller.id", "seller.name", "seller.handle", "seller.status"]
