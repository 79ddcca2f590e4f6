import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { codedError, notAllowed } from "@dharavi/errors"
import { WholesaleErrors } from "../../contract/errors"
import type { CompanyAddress, CompanyStatus } from "../../contract/http"
import { WHOLESALE_MODULE } from "../../modules/wholesale"
import { wholesaleGroupId } from "../../lib/wholesale-prices"

export type CompanyInput = {
  name: string
  gst_number: string
  email: string
  phone?: string | null
  addresses?: CompanyAddress[]
  payment_terms?: string | null
}

/** Registers a company with its first employee (the registering customer, as its admin). */
export const createCompanyStep = createStep(
  "create-company",
  async (input: { customer_id: string; company: CompanyInput }, { container }) => {
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const [already] = await wholesale.listCompanyEmployees({ customer_id: input.customer_id })
    if (already)
      throw codedError(
        MedusaError.Types.DUPLICATE_ERROR,
        WholesaleErrors.ALREADY_IN_COMPANY,
        "You already buy for a company",
        { customer_id: input.customer_id }
      )
    const [sameGst] = await wholesale.listCompanies({ gst_number: input.company.gst_number })
    if (sameGst) {
      throw codedError(
        MedusaError.Types.DUPLICATE_ERROR,
        WholesaleErrors.GST_NUMBER_TAKEN,
        `A company with GST number ${input.company.gst_number} is already registered`,
        {
          gst_number: input.company.gst_number,
        }
      )
    }
    const { addresses, ...rest } = input.company
    const company = await wholesale.createCompanies({
      ...rest,
      addresses: { list: addresses ?? [] },
      status: "pending",
    })
    await wholesale.createCompanyEmployees({ company_id: company.id, customer_id: input.customer_id, role: "admin" })
    return new StepResponse(company, company.id)
  },
  async (id, { container }) => {
    if (!id) return
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const employees = await wholesale.listCompanyEmployees({ company_id: id })
    await wholesale.deleteCompanyEmployees(employees.map((e) => e.id))
    await wholesale.deleteCompanies(id)
  }
)

/**
 * The wholesale customer group (named by the plugin options), created the first time it is needed,
 * under one lock so two first approvals at once make one group. It is kept when a later step fails:
 * another review may already use it.
 */
export const ensureWholesaleGroupStep = createStep("ensure-wholesale-group", async (_: void, { container }) => {
  const locking = container.resolve(Modules.LOCKING)
  const id = await locking.execute(
    "wholesale:customer-group",
    async () => {
      const existing = await wholesaleGroupId(container)
      if (existing) return existing
      const name = container.resolve(WHOLESALE_MODULE).settings().customer_group_name
      const created = await container
        .resolve(Modules.CUSTOMER)
        .createCustomerGroups({ name, metadata: { wholesale: true } })
      return created.id as string
    },
    { timeout: 15 }
  )
  return new StepResponse(id)
})

type Review = { company_id: string; status: "approved" | "rejected" | "suspended"; note?: string | null }

const REVIEW_FROM: Record<Review["status"], string[]> = {
  approved: ["pending", "rejected", "suspended"],
  rejected: ["pending"],
  suspended: ["approved"],
}

/** Checks the review is allowed from the company's status (400 company_not_reviewable); returns the status seen. */
export const validateCompanyReviewStep = createStep("validate-company-review", async (input: Review, { container }) => {
  const company = await container.resolve(WHOLESALE_MODULE).retrieveCompany(input.company_id)
  if (!REVIEW_FROM[input.status].includes(company.status)) {
    throw notAllowed(
      WholesaleErrors.COMPANY_NOT_REVIEWABLE,
      `This company is ${company.status}, so it cannot be ${input.status}`,
      { company_id: company.id, status: company.status }
    )
  }
  return new StepResponse(company.status as string)
})

/**
 * Moves a company to its reviewed status with a conditional update on the status its reviewer saw
 * (409 company_moved when another review got there first); returns what changes in the group membership.
 */
export const reviewCompanyStep = createStep(
  "review-company",
  async (input: Review & { group_id: string; seen_status: string }, { container }) => {
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const company = await wholesale.retrieveCompany(input.company_id, { relations: ["employees"] })
    await wholesale.transitionCompany(company.id, input.seen_status, {
      status: input.status,
      review_note: input.note ?? null,
      customer_group_id: input.status === "approved" ? input.group_id : company.customer_group_id,
    })
    const updated = await wholesale.retrieveCompany(company.id)
    const customerIds = company.employees.map((e) => e.customer_id)
    return new StepResponse(
      {
        company: updated,
        add: input.status === "approved" ? customerIds : [],
        remove: input.status === "suspended" ? customerIds : [],
      },
      { id: company.id, status: input.seen_status, note: company.review_note, group: company.customer_group_id }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(WHOLESALE_MODULE).updateCompanies({
      id: previous.id,
      status: previous.status as CompanyStatus,
      review_note: previous.note,
      customer_group_id: previous.group,
    })
  }
)

/** Adds a customer to a company; joins the wholesale group at once if the company is approved. */
export const addEmployeeStep = createStep(
  "add-company-employee",
  async (input: { company_id: string; customer_id: string; role: "admin" | "buyer" }, { container }) => {
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const [already] = await wholesale.listCompanyEmployees({ customer_id: input.customer_id })
    if (already)
      throw codedError(
        MedusaError.Types.DUPLICATE_ERROR,
        WholesaleErrors.ALREADY_IN_COMPANY,
        "That customer already buys for a company",
        { customer_id: input.customer_id }
      )
    const company = await wholesale.retrieveCompany(input.company_id)
    const employee = await wholesale.createCompanyEmployees(input)
    return new StepResponse(
      { employee, group_id: company.status === "approved" ? company.customer_group_id : null },
      employee.id
    )
  },
  async (id, { container }) => {
    if (id) await container.resolve(WHOLESALE_MODULE).deleteCompanyEmployees(id)
  }
)
