import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import {
  applyToJobWorkflow,
  createJobPostWorkflow,
  decideApplicationWorkflow,
  moderateJobPostWorkflow,
  revealContactWorkflow,
  shareContactWorkflow,
  upsertEmployerProfileWorkflow,
  upsertKarigarProfileWorkflow,
  verifyEmployerWorkflow,
} from "@dharavi/jobs/workflows"
import { JOBS_MODULE } from "@dharavi/jobs/modules/jobs"
import type { SellerRole } from "@dharavi/marketplace/contract"
import type { CategoryHandle } from "./catalogue"
import { makerPhotoSvg } from "./images"
import { MAKERS } from "./makers"

type Log = (message: string) => void
/** A demo maker's seller as the employer step reads it: who owns it. */
type EmployerSellerRow = {
  id: string
  handle: string
  name: string
  area: string | null
  members: { user_id: string; role: SellerRole }[]
}
type Skill = { trade: string; level: "learner" | "skilled" | "master" }
const DAY = 24 * 3600_000
/** A date `n` days from today (UTC), as the post routes take it. */
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10)

export const DEMO_KARIGAR_PASSWORD = process.env.SEED_KARIGAR_PASSWORD || "dharavi-karigar"

/**
 * Demo karigars: customers with a login (the storefront's "my applications" and profile editor) and
 * a karigar profile in each of six parts of Dharavi. `category` only colours their initials picture.
 */
export const JOB_KARIGARS: {
  name: string
  email: string
  phone: string
  area: string
  skills: Skill[]
  years_experience: number
  languages: string[]
  expected_wage: number
  wage_period: "day" | "month"
  available_tomorrow?: boolean
  story: string
  category: CategoryHandle
}[] = [
  {
    name: "Abdul Rehman Ansari",
    email: "abdul.karigar@dharavi.local",
    phone: "+91 98330 60001",
    area: "Transit Camp",
    skills: [
      { trade: "zari_embroidery", level: "master" },
      { trade: "aari_embroidery", level: "skilled" },
    ],
    years_experience: 18,
    languages: ["hi", "ur"],
    expected_wage: 900,
    wage_period: "day",
    story:
      "Came from Bareilly at fourteen and learnt zari on a wooden adda in a Transit Camp karkhana. Bridal work is what I like best.",
    category: "embroidery-zari",
  },
  {
    name: "Sunita Jadhav",
    email: "sunita.karigar@dharavi.local",
    phone: "+91 98330 60002",
    area: "Koliwada",
    skills: [
      { trade: "tailoring", level: "skilled" },
      { trade: "machine_operating", level: "skilled" },
    ],
    years_experience: 7,
    languages: ["mr", "hi"],
    expected_wage: 14000,
    wage_period: "month",
    story: "कोळीवाड्यात घरी ब्लाउज आणि कुर्ते शिवते. कारखान्यात नियमित काम हवे आहे, सकाळची पाळी चालेल.",
    category: "garments",
  },
  {
    name: "Dinesh Kumbhar",
    email: "dinesh.karigar@dharavi.local",
    phone: "+91 98330 60003",
    area: "Kumbharwada",
    skills: [
      { trade: "pottery", level: "master" },
      { trade: "kiln_firing", level: "skilled" },
    ],
    years_experience: 22,
    languages: ["hi", "mr", "gu"],
    expected_wage: 800,
    wage_period: "day",
    story:
      "Third generation on the wheel in Kumbharwada. I throw diyas, matkas and planters, and fire the kiln for the lane before Diwali.",
    category: "pottery",
  },
  {
    name: "Shabana Shaikh",
    email: "shabana.karigar@dharavi.local",
    phone: "+91 98330 60004",
    area: "Social Nagar",
    skills: [
      { trade: "hand_embroidery", level: "skilled" },
      { trade: "packing", level: "learner" },
    ],
    years_experience: 4,
    languages: ["hi", "ur"],
    expected_wage: 500,
    wage_period: "day",
    available_tomorrow: true,
    story: "सोशल नगर में घर से हाथ की कढ़ाई करती हूँ। बच्चों के स्कूल के बाद दिन की पाली में काम कर सकती हूँ।",
    category: "embroidery-zari",
  },
  {
    name: "Vijay Kamble",
    email: "vijay.karigar@dharavi.local",
    phone: "+91 98330 60005",
    area: "Matunga Labour Camp",
    skills: [
      { trade: "leather_cutting", level: "skilled" },
      { trade: "leather_stitching", level: "learner" },
    ],
    years_experience: 5,
    languages: ["mr", "hi"],
    expected_wage: 700,
    wage_period: "day",
    available_tomorrow: true,
    story: "Cut panels for wallets and belts in a Labour Camp unit for five years; learning to stitch bags now.",
    category: "leather-goods",
  },
  {
    name: "Irfan Qureshi",
    email: "irfan.karigar@dharavi.local",
    phone: "+91 98330 60006",
    area: "90 Feet Road",
    skills: [
      { trade: "bag_making", level: "master" },
      { trade: "leather_stitching", level: "master" },
    ],
    years_experience: 15,
    languages: ["hi", "ur", "mr"],
    expected_wage: 28000,
    wage_period: "month",
    story:
      "Made laptop bags and duffels for export houses on 90 Feet Road for fifteen years; I can run a line of four stitchers.",
    category: "leather-goods",
  },
]

/** Demo makers who hire through Jobs+ (their seller's employer profile); Imran's has the verified badge. */
export const JOB_EMPLOYERS: { seller: string; about: string; verified?: boolean }[] = [
  {
    seller: "imran-leather-works",
    about: "Family leather workshop of six karigars making bags for our own label and export.",
    verified: true,
  },
  { seller: "noor-zari-karkhana", about: "Zari and aari karkhana doing bridal and festive work for Mumbai boutiques." },
  {
    seller: "kumbharwada-pottery",
    about: "Potters' workshop in Kumbharwada: diyas, matkas and planters, busiest before Diwali.",
  },
  {
    seller: "dharavi-tailoring-unit",
    about: "Garment unit of twenty machines stitching kurtas and shirts for retailers.",
  },
]

type DemoPost = {
  employer: string
  title: string
  description: string
  skills: Skill[]
  employment_type: "daily" | "short_term" | "long_term"
  wage_amount: number
  wage_period: "day" | "month"
  shifts: string[]
  area: string
  landmark: string
  address: string
  openings: number
  starts_in: number
  ends_in?: number
  /** Left pending for the moderation queue; every other post is approved. */
  pending?: true
}

/** Six live posts of all three employment types, and one waiting for moderation. */
export const JOB_POSTS: DemoPost[] = [
  {
    employer: "imran-leather-works",
    title: "Leather cutter for laptop bags",
    description:
      "Cut full-grain leather panels from our patterns for laptop bags and totes. Steady work all year, tea and lunch at the workshop.",
    skills: [{ trade: "leather_cutting", level: "skilled" }],
    employment_type: "long_term",
    wage_amount: 750,
    wage_period: "day",
    shifts: ["day"],
    area: "90 Feet Road",
    landmark: "Near the 90 Feet Road petrol pump",
    address: "Gala 12, ground floor, Imran Leather Works, 90 Feet Road, Dharavi, Mumbai 400017",
    openings: 2,
    starts_in: 3,
  },
  {
    employer: "imran-leather-works",
    title: "Bag stitchers for a three-week export order",
    description: "600 duffel bags for a Dubai buyer. Stitching on our post-bed machines; a master can lead the line.",
    skills: [
      { trade: "leather_stitching", level: "skilled" },
      { trade: "bag_making", level: "learner" },
    ],
    employment_type: "short_term",
    wage_amount: 850,
    wage_period: "day",
    shifts: ["day", "evening"],
    area: "90 Feet Road",
    landmark: "Near the 90 Feet Road petrol pump",
    address: "Gala 12, ground floor, Imran Leather Works, 90 Feet Road, Dharavi, Mumbai 400017",
    openings: 4,
    starts_in: 5,
    ends_in: 26,
  },
  {
    employer: "noor-zari-karkhana",
    title: "Zari ustad for bridal lehenga work",
    description:
      "Lead zari work on bridal lehengas and dupattas: reading the drawing, choosing the threads, checking the learners' work.",
    skills: [{ trade: "zari_embroidery", level: "master" }],
    employment_type: "long_term",
    wage_amount: 26000,
    wage_period: "month",
    shifts: ["day"],
    area: "Transit Camp",
    landmark: "Behind the Transit Camp municipal school",
    address: "Room 7, first floor, Noor Zari Karkhana, Transit Camp, Dharavi, Mumbai 400017",
    openings: 1,
    starts_in: 7,
  },
  {
    employer: "noor-zari-karkhana",
    title: "Aari embroiderers for the festive season",
    description: "Aari work on kurtas and blouses for Navratri and Diwali orders. Frames and threads provided.",
    skills: [{ trade: "aari_embroidery", level: "skilled" }],
    employment_type: "short_term",
    wage_amount: 700,
    wage_period: "day",
    shifts: ["day", "evening"],
    area: "Transit Camp",
    landmark: "Behind the Transit Camp municipal school",
    address: "Room 7, first floor, Noor Zari Karkhana, Transit Camp, Dharavi, Mumbai 400017",
    openings: 3,
    starts_in: 2,
    ends_in: 45,
  },
  {
    employer: "kumbharwada-pottery",
    title: "Kiln helpers for Diwali diyas",
    description: "Load and unload the kiln, stack diyas to dry, pack them in crates. Paid at the end of each day.",
    skills: [
      { trade: "kiln_firing", level: "learner" },
      { trade: "helper", level: "learner" },
    ],
    employment_type: "daily",
    wage_amount: 550,
    wage_period: "day",
    shifts: ["morning"],
    area: "Kumbharwada",
    landmark: "Kumbharwada main lane, opposite the Ganesh temple",
    address: "Prajapati Pottery, Kumbharwada Lane 3, Dharavi, Mumbai 400017",
    openings: 5,
    starts_in: 1,
  },
  {
    employer: "dharavi-tailoring-unit",
    title: "Sewing machine operators for kurtas",
    description: "Single-needle operators for a steady kurta and shirt line. Monthly salary, Sunday off.",
    skills: [{ trade: "machine_operating", level: "skilled" }],
    employment_type: "long_term",
    wage_amount: 15000,
    wage_period: "month",
    shifts: ["morning", "day"],
    area: "90 Feet Road",
    landmark: "Above the Sion-Bandra Link Road bus stop",
    address: "Unit 4, second floor, Dharavi Tailoring Unit, 90 Feet Road, Dharavi, Mumbai 400017",
    openings: 3,
    starts_in: 4,
  },
  {
    employer: "dharavi-tailoring-unit",
    title: "Pattern master for a new kurta line",
    description: "Draft and grade patterns for a new range of cotton kurtas in six sizes.",
    skills: [{ trade: "pattern_cutting", level: "master" }],
    employment_type: "long_term",
    wage_amount: 30000,
    wage_period: "month",
    shifts: ["day"],
    area: "90 Feet Road",
    landmark: "Above the Sion-Bandra Link Road bus stop",
    address: "Unit 4, second floor, Dharavi Tailoring Unit, 90 Feet Road, Dharavi, Mumbai 400017",
    openings: 1,
    starts_in: 10,
    pending: true,
  },
]

/**
 * Applications: Vijay and Abdul have applied; Irfan was shortlisted by Imran's workshop, agreed to
 * share his contact, and the workshop looked it up (one entry in the admin's reveal log).
 */
const JOB_APPLICATIONS: { karigar: string; post: string; note: string; shortlist_and_reveal?: true }[] = [
  {
    karigar: "vijay.karigar@dharavi.local",
    post: "Leather cutter for laptop bags",
    note: "Five years cutting wallets and belts; I can start on Monday.",
  },
  {
    karigar: "abdul.karigar@dharavi.local",
    post: "Zari ustad for bridal lehenga work",
    note: "Eighteen years of bridal zari. I can bring photos of my work.",
  },
  {
    karigar: "irfan.karigar@dharavi.local",
    post: "Bag stitchers for a three-week export order",
    note: "I have led a line of four stitchers on duffels.",
    shortlist_and_reveal: true,
  },
]

/**
 * Jobs+ demo data through the jobs plugin's workflows: karigars with logins and profiles, employer
 * profiles for four demo makers (one verified), six live posts and one pending, and applications.
 * Idempotent: a karigar (by email), an employer (by seller), a post (by employer and title) or an
 * application that exists is left alone, so it can run again on a seeded database.
 */
export async function seedJobs(container: MedusaContainer, log: Log = () => {}) {
  const jobs = container.resolve(JOBS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  // Karigars
  const customerIdByEmail = new Map<string, string>()
  const karigarIdByEmail = new Map<string, string>()
  const newKarigars = []
  for (const k of JOB_KARIGARS) {
    const customer_id = await demoCustomer(container, k)
    customerIdByEmail.set(k.email, customer_id)
    const [profile] = await jobs.listKarigarProfiles({ customer_id })
    if (profile) karigarIdByEmail.set(k.email, profile.id)
    else newKarigars.push({ ...k, customer_id })
  }
  if (newKarigars.length) {
    log(`jobs: ${newKarigars.length} karigar profiles`)
    const { result: photos } = await uploadFilesWorkflow(container).run({
      input: {
        files: newKarigars.map((k) => ({
          filename: `dharavi/karigar-${k.email.split("@")[0].replace(/\W+/g, "-")}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(makerPhotoSvg(k.name, k.category)).toString("base64"),
          access: "public" as const,
        })),
      },
    })
    for (const [i, { customer_id, category: _category, ...k }] of newKarigars.entries()) {
      const { result } = await upsertKarigarProfileWorkflow(container).run({
        input: {
          customer_id,
          data: { ...k, photo_url: photos[i].url, available_tomorrow: Boolean(k.available_tomorrow) },
        },
      })
      karigarIdByEmail.set(k.email, result.id)
    }
  }

  // Employers: the demo makers' sellers, acting through their owners.
  const { data: sellers }: { data: EmployerSellerRow[] } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "name", "area", "members.user_id", "members.role"],
    filters: { handle: JOB_EMPLOYERS.map((e) => e.seller) },
  })
  const employerBySeller = new Map<string, { id: string; owner_id: string }>()
  for (const e of JOB_EMPLOYERS) {
    const seller = sellers.find((s) => s.handle === e.seller)
    const maker = MAKERS.find((m) => m.handle === e.seller)
    if (!seller || !maker) continue
    const owner_id = seller.members.find((m) => m.role === "owner")?.user_id
    if (!owner_id) throw new Error(`the demo maker ${seller.handle} has no owner`)
    let [employer] = await jobs.listEmployerProfiles({ seller_id: seller.id })
    if (!employer) {
      log(`jobs: employer profile for ${seller.name}`)
      const { result } = await upsertEmployerProfileWorkflow(container).run({
        input: {
          kind: "seller",
          seller_id: seller.id,
          data: {
            name: seller.name,
            area: seller.area ?? undefined,
            about: e.about,
            phone: maker.owner.phone,
            email: maker.owner.email,
          },
        },
      })
      employer = result
      if (e.verified)
        await verifyEmployerWorkflow(container).run({ input: { employer_id: employer.id, verified: true } })
    }
    employerBySeller.set(e.seller, { id: employer.id, owner_id })
  }

  // Posts: created pending by their employer, then approved by the platform (all but one).
  const postIdByTitle = new Map<string, string>()
  for (const { employer: seller, starts_in, ends_in, pending, ...post } of JOB_POSTS) {
    const employer = employerBySeller.get(seller)
    if (!employer) continue
    const [existing] = await jobs.listJobPosts({ employer_id: employer.id, title: post.title })
    if (existing) {
      postIdByTitle.set(post.title, existing.id)
      continue
    }
    log(`jobs: post "${post.title}"${pending ? " (pending moderation)" : ""}`)
    const { result } = await createJobPostWorkflow(container).run({
      input: {
        employer_id: employer.id,
        post: { ...post, starts_on: inDays(starts_in), ends_on: ends_in ? inDays(ends_in) : null },
      },
    })
    if (!pending)
      await moderateJobPostWorkflow(container).run({ input: { post_id: result.id, status: "live", note: "Demo post" } })
    postIdByTitle.set(post.title, result.id)
  }

  // Applications
  for (const a of JOB_APPLICATIONS) {
    const post_id = postIdByTitle.get(a.post)
    const customer_id = customerIdByEmail.get(a.karigar)
    const karigar_id = karigarIdByEmail.get(a.karigar)
    if (!post_id || !customer_id || !karigar_id) continue
    if ((await jobs.listJobApplications({ post_id, karigar_id })).length) continue
    log(`jobs: application to "${a.post}"`)
    const { result: application } = await applyToJobWorkflow(container).run({
      input: { post_id, customer_id, note: a.note },
    })
    if (!a.shortlist_and_reveal) continue
    const employer = employerBySeller.get(JOB_POSTS.find((p) => p.title === a.post)!.employer)!
    const by = { application_id: application.id, employer_id: employer.id }
    await decideApplicationWorkflow(container).run({
      input: { ...by, actor_id: employer.owner_id, decision: "shortlisted" },
    })
    await shareContactWorkflow(container).run({ input: { application_id: application.id, karigar_id, share: true } })
    await revealContactWorkflow(container).run({
      input: {
        application_id: application.id,
        actor: { type: "employer", employer_id: employer.id, actor_id: employer.owner_id },
      },
    })
  }
}

/** The demo karigar's customer with an email login, created once. */
async function demoCustomer(container: MedusaContainer, person: { name: string; email: string; phone: string }) {
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({ email: person.email, has_account: true })
  if (existing) return existing.id
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: person.email, password: DEMO_KARIGAR_PASSWORD },
  })
  if (error || !authIdentity) throw new Error(`could not register the demo karigar ${person.email}: ${error}`)
  const [first_name, ...rest] = person.name.split(" ")
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: { email: person.email, first_name, last_name: rest.join(" "), phone: person.phone },
    },
  })
  return result.id
}
