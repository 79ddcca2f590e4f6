import type { InferTypeOf } from "@medusajs/framework/types"
import type ContactReveal from "./models/contact-reveal"
import type EmployerProfile from "./models/employer-profile"
import type JobApplication from "./models/job-application"
import type JobPost from "./models/job-post"
import type JobReport from "./models/job-report"
import type KarigarProfile from "./models/karigar-profile"

/** The module's records as its service returns them. */
export type KarigarProfileRecord = InferTypeOf<typeof KarigarProfile>
export type EmployerProfileRecord = InferTypeOf<typeof EmployerProfile>
export type JobPostRecord = InferTypeOf<typeof JobPost>
export type JobApplicationRecord = InferTypeOf<typeof JobApplication>
export type JobReportRecord = InferTypeOf<typeof JobReport>
export type ContactRevealRecord = InferTypeOf<typeof ContactReveal>
