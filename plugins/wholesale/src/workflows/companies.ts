import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, linkCustomersToCustomerGroupWorkflow } from "@medusajs/medusa/core-flows"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import { COMPANY_REVIEW_EVENTS, WholesaleEvents } from "../contract/events"
import {
  CompanyInput,
  addEmployeeStep,
  createCompanyStep,
  ensureWholesaleGroupStep,
  reviewCompanyStep,
  validateCompanyReviewStep,
} from "./steps/company-steps"

/** A customer registers their company for wholesale buying; it waits for the platform's review. */
export const registerCompanyWorkflow = createWorkflow(
  "register-company",
  (input: { customer_id: string; company: CompanyInput }) => {
    const company = createCompanyStep(input)
    emitEventStep({
      eventName: WholesaleEvents.COMPANY_REGISTERED,
      data: transform({ company }, ({ company }) => ({ id: company.id })),
    })
    return new WorkflowResponse(company)
  }
)

/**
 * The platform approves, rejects or suspends a company. Approval puts every employee into the
 * wholesale customer group, so Medusa's price lists for that group give them wholesale prices;
 * suspension takes them out again. The company's record lock covers the status change and the group
 * membership change together, so two reviews at once cannot leave the status and the group apart.
 */
export const reviewCompanyWorkflow = createWorkflow(
  "review-company",
  (input: { company_id: string; status: "approved" | "rejected" | "suspended"; note?: string | null }) => {
    const seen = validateCompanyReviewStep(input)
    const groupId = ensureWholesaleGroupStep()
    const held = lockRecordStep(transform({ input }, ({ input }) => ({ key: `company:${input.company_id}` })))
    const reviewed = reviewCompanyStep(
      transform({ input, groupId, seen }, ({ input, groupId, seen }) => ({
        ...input,
        group_id: groupId,
        seen_status: seen,
      }))
    )
    when({ reviewed }, ({ reviewed }) => reviewed.add.length + reviewed.remove.length > 0).then(() => {
      linkCustomersToCustomerGroupWorkflow.runAsStep({
        input: transform({ reviewed, groupId }, ({ reviewed, groupId }) => ({
          id: groupId,
          add: reviewed.add,
          remove: reviewed.remove,
        })),
      })
    })
    unlockRecordStep(held)
    emitEventStep({
      eventName: transform({ input }, ({ input }) => COMPANY_REVIEW_EVENTS[input.status]),
      data: transform({ input }, ({ input }) => ({ id: input.company_id })),
    })
    return new WorkflowResponse(transform({ reviewed }, ({ reviewed }) => reviewed.company))
  }
)

/** A company admin adds a colleague (an existing customer) as a buyer. */
export const addCompanyEmployeeWorkflow = createWorkflow(
  "add-company-employee",
  (input: { company_id: string; customer_id: string; role: "admin" | "buyer" }) => {
    const added = addEmployeeStep(input)
    when({ added }, ({ added }) => Boolean(added.group_id)).then(() => {
      linkCustomersToCustomerGroupWorkflow.runAsStep({
        input: transform({ added, input }, ({ added, input }) => ({
          id: added.group_id as string,
          add: [input.customer_id],
        })),
      })
    })
    emitEventStep({
      eventName: WholesaleEvents.COMPANY_EMPLOYEE_ADDED,
      data: transform({ added }, ({ added }) => ({ id: added.employee.id })),
    })
    return new WorkflowResponse(transform({ added }, ({ added }) => added.employee))
  }
)
