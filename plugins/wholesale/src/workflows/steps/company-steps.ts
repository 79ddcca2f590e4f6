import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { wholesaleService } from "../../lib/buyer"
import { wholesaleGroupId } from "../../lib/wholesale-prices"

export type CompanyInput = {
  name: string
  gst_number: string
  email: string
  phone?: string | null
  addresses?: Record<string, unknown>[]
  payment_terms?: string | null
}

/** Registers a company with its first employee (the registering customer, as its admin). */
export const createCompanyStep = createStep(
  "create-company",
  async (input: { customer_id: string; company: CompanyInput }, { container }) => {
    const wholesale = wholesaleService(container)
    const [already] = await wholesale.listCompanyEmployees({ customer_id: input.customer_id })
    if (already) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "You already buy for a company")
    const [sameGst] = await wholesale.listCompanies({ gst_number: input.company.gst_number })
    if (sameGst) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A company with GST number ${input.company.gst_number} is already registered`)
    const { addresses, ...rest } = input.company
    const company = await wholesale.createCompanies({ ...rest, addresses: { list: addresses ?? [] } as any, status: "pending" })
    await wholesale.createCompanyEmployees({ company_id: company.id, customer_id: input.customer_id, role: "admin" })
    return new StepResponse(company, company.id)
  },
  async (id, { container }) => {
    if (!id) return
    const wholesale = wholesaleService(container)
    const employees = await wholesale.listCompanyEmployees({ company_id: id })
    await wholesale.deleteCompanyEmployees(employees.map((e) => e.id))
    await wholesale.deleteCompanies(id)
  }
)

/** The wholesale customer group (named by the plugin options), created the first time it is needed. */
export const ensureWholesaleGroupStep = createStep("ensure-wholesale-group", async (_: void, { container }) => {
  const existing = await wholesaleGroupId(container)
  if (existing) return new StepResponse(existing, null as string | null)
  const name = wholesaleService(container).settings().customer_group_name
  const created = await container.resolve(Modules.CUSTOMER).createCustomerGroups({ name, metadata: { wholesale: true } })
  return new StepResponse(created.id, created.id)
}, async (createdId, { container }) => {
  if (createdId) await container.resolve(Modules.CUSTOMER).deleteCustomerGroups(createdId)
})

type Review = { company_id: string; status: "approved" | "rejected" | "suspended"; note?: string | null }

/** Moves a company to its reviewed status; returns what changes in the group membership. */
export const reviewCompanyStep = createStep(
  "review-company",
  async (input: Review & { group_id: string }, { container }) => {
    const wholesale = wholesaleService(container)
    const company = await wholesale.retrieveCompany(input.company_id, { relations: ["employees"] })
    const allowed: Record<string, string[]> = {
      approved: ["pending", "rejected", "suspended"],
      rejected: ["pending"],
      suspended: ["approved"],
    }
    if (!allowed[input.status].includes(company.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This company is ${company.status}, so it cannot be ${input.status}`)
    }
    const updated = await wholesale.updateCompanies({
      id: company.id,
      status: input.status,
      review_note: input.note ?? null,
      customer_group_id: input.status === "approved" ? input.group_id : company.customer_group_id,
    })
    const customerIds = company.employees.map((e) => e.customer_id)
    return new StepResponse(
      {
        company: updated,
        add: input.status === "approved" ? customerIds : [],
        remove: input.status === "suspended" ? customerIds : [],
      },
      { id: company.id, status: company.status, note: company.review_note, group: company.customer_group_id }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await wholesaleService(container).updateCompanies({
      id: previous.id,
      status: previous.status as any,
      review_note: previous.note,
      customer_group_id: previous.group,
    })
  }
)

/** Adds a customer to a company; joins the wholesale group at once if the company is approved. */
export const addEmployeeStep = createStep(
  "add-company-employee",
  async (input: { company_id: string; customer_id: string; role: "admin" | "buyer" }, { container }) => {
    const wholesale = wholesaleService(container)
    const [already] = await wholesale.listCompanyEmployees({ customer_id: input.customer_id })
    if (already) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "That customer already buys for a company")
    const company = await wholesale.retrieveCompany(input.company_id)
    const employee = await wholesale.createCompanyEmployees(input)
    return new StepResponse(
      { employee, group_id: company.status === "approved" ? company.customer_group_id : null },
      employee.id
    )
  },
  async (id, { container }) => {
    if (id) await wholesaleService(container).deleteCompanyEmployees(id)
  }
)
