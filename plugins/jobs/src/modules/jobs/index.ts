import { Module } from "@medusajs/framework/utils"
import JobsModuleService from "./service"

export const JOBS_MODULE = "jobs"

export default Module(JOBS_MODULE, { service: JobsModuleService })
