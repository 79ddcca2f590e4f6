import { notAllowed } from "@dharavi/errors"
import type { WholesaleErrorDetails, WholesaleRuleProblem } from "../contract/errors"

/**
 * The 400 for a cart that breaks wholesale rules: coded with the first problem's code, its numbers as
 * the details, and every problem in `details.problems` (the message joins their English sentences,
 * as it always did).
 */
export function rulesRefused(problems: [WholesaleRuleProblem, ...WholesaleRuleProblem[]]) {
  const [first] = problems
  const { code, message: _message, ...fields } = first
  const details: WholesaleErrorDetails[typeof code] = { ...fields, problems } as WholesaleErrorDetails[typeof code]
  return notAllowed(code, problems.map((p) => p.message).join(". "), details)
}
