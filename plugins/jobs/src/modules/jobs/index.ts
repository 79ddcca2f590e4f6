import { Module } from "@medusajs/framework/utils"
import JobsModuleService from "./service"

export const JOBS_MODULE = "jobs"

export default Module(JOBS_MODULE, { service: JobsModuleService })

// `container.resolve(JOBS_MODULE)` is typed as the module's service (Medusa's module type augmentation).
declare module "@medusajs/framework/types" {
  interface ModuleImplementations {
    [JOBS_MODULE]: JobsModuleService
  }
}
