import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { type Skill, skillsJson } from "../../lib/jobs"
import { JOBS_MODULE } from "../../modules/jobs"
import type { EmployerProfileRecord, KarigarProfileRecord } from "../../modules/jobs/types"

export type KarigarInput = {
  name?: string
  photo_url?: string | null
  skills?: Skill[]
  years_experience?: number
  languages?: string[]
  expected_wage?: number | null
  wage_period?: "day" | "month"
  area?: string
  available_from?: Date | string | null
  available_tomorrow?: boolean
  portfolio_urls?: string[]
  story?: string | null
  phone?: string | null
  email?: string | null
}

const KARIGAR_FIELDS = [
  "name",
  "photo_url",
  "skills",
  "trades",
  "years_experience",
  "languages",
  "expected_wage",
  "wage_period",
  "area",
  "available_from",
  "available_tomorrow",
  "portfolio_urls",
  "story",
  "phone",
  "email",
] as const

/** The fields a change may touch, as they were (the compensation writes them back). */
function snapshot<T extends object, K extends keyof T>(row: T, fields: readonly K[]): Pick<T, K> {
  return Object.fromEntries(fields.map((f) => [f, row[f]])) as Pick<T, K>
}

/** Creates the customer's karigar profile, or updates the fields given. */
export const upsertKarigarProfileStep = createStep(
  "upsert-karigar-profile",
  async (input: { customer_id: string; data: KarigarInput }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const { skills, available_from, ...rest } = input.data
    const data = {
      ...rest,
      ...(skills ? { skills: skillsJson(skills), trades: [...new Set(skills.map((s) => s.trade))] } : {}),
      ...(available_from !== undefined
        ? { available_from: available_from === null ? null : new Date(available_from) }
        : {}),
    }
    const [existing] = await jobs.listKarigarProfiles({ customer_id: input.customer_id })
    if (existing) {
      const updated = await jobs.updateKarigarProfiles({ id: existing.id, ...data })
      return new StepResponse(
        { profile: updated, created: false },
        { id: existing.id, previous: snapshot(existing, KARIGAR_FIELDS) }
      )
    }
    for (const field of ["name", "area", "skills"] as const) {
      if (input.data[field] === undefined)
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} is required to create a karigar profile`)
    }
    const created = await jobs.createKarigarProfiles({
      customer_id: input.customer_id,
      name: input.data.name!,
      area: input.data.area!,
      ...data,
    })
    return new StepResponse(
      { profile: created, created: true },
      { id: created.id, previous: null as Pick<KarigarProfileRecord, (typeof KARIGAR_FIELDS)[number]> | null }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const jobs = container.resolve(JOBS_MODULE)
    if (undo.previous) await jobs.updateKarigarProfiles({ id: undo.id, ...undo.previous })
    else await jobs.deleteKarigarProfiles(undo.id)
  }
)

export type EmployerInput = {
  name?: string
  area?: string
  about?: string | null
  phone?: string | null
  email?: string | null
}
const EMPLOYER_FIELDS = ["name", "area", "about", "phone", "email"] as const

/** Creates the employer profile of a seller or a business customer, or updates the fields given. */
export const upsertEmployerProfileStep = createStep(
  "upsert-employer-profile",
  async (
    input: { kind: "seller" | "business"; seller_id?: string | null; customer_id?: string | null; data: EmployerInput },
    { container }
  ) => {
    const jobs = container.resolve(JOBS_MODULE)
    const owner = input.kind === "seller" ? { seller_id: input.seller_id! } : { customer_id: input.customer_id! }
    const [existing] = await jobs.listEmployerProfiles(owner)
    if (existing) {
      const updated = await jobs.updateEmployerProfiles({ id: existing.id, ...input.data })
      return new StepResponse(
        { profile: updated, created: false },
        { id: existing.id, previous: snapshot(existing, EMPLOYER_FIELDS) }
      )
    }
    for (const field of ["name", "area"] as const) {
      if (!input.data[field])
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field} is required to create an employer profile`)
    }
    const created = await jobs.createEmployerProfiles({
      kind: input.kind,
      ...owner,
      ...input.data,
      name: input.data.name!,
      area: input.data.area!,
    })
    return new StepResponse(
      { profile: created, created: true },
      { id: created.id, previous: null as Pick<EmployerProfileRecord, (typeof EMPLOYER_FIELDS)[number]> | null }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const jobs = container.resolve(JOBS_MODULE)
    if (undo.previous) await jobs.updateEmployerProfiles({ id: undo.id, ...undo.previous })
    else await jobs.deleteEmployerProfiles(undo.id)
  }
)

/** The platform gives or takes the verified badge. */
export const verifyEmployerStep = createStep(
  "verify-employer",
  async (input: { employer_id: string; verified: boolean }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const before = await jobs.retrieveEmployerProfile(input.employer_id)
    const updated = await jobs.updateEmployerProfiles({
      id: before.id,
      verified: input.verified,
      verified_at: input.verified ? new Date() : null,
    })
    return new StepResponse(updated, { id: before.id, verified: before.verified, verified_at: before.verified_at })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(JOBS_MODULE).updateEmployerProfiles(undo)
  }
)

/** The platform hides a karigar profile (off matching and public views) or shows it again. */
export const setKarigarStatusStep = createStep(
  "set-karigar-status",
  async (input: { karigar_id: string; status: "active" | "hidden" }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const before = await jobs.retrieveKarigarProfile(input.karigar_id)
    const updated = await jobs.updateKarigarProfiles({ id: before.id, status: input.status })
    return new StepResponse(updated, { id: before.id, status: before.status })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(JOBS_MODULE).updateKarigarProfiles(undo)
  }
)
