import { Module } from "@medusajs/framework/utils"
import SkillSchoolModuleService from "./service"

export const SKILL_SCHOOL_MODULE = "skillSchool"

export default Module(SKILL_SCHOOL_MODULE, { service: SkillSchoolModuleService })

export { SkillSchoolModuleService }

// `container.resolve(SKILL_SCHOOL_MODULE)` is the module's service, typed.
declare module "@medusajs/framework/types" {
  interface ModuleImplementations {
    [SKILL_SCHOOL_MODULE]: SkillSchoolModuleService
  }
}
