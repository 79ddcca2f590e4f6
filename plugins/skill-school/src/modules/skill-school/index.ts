import { Module } from "@medusajs/framework/utils"
import SkillSchoolModuleService from "./service"

export const SKILL_SCHOOL_MODULE = "skillSchool"

export default Module(SKILL_SCHOOL_MODULE, { service: SkillSchoolModuleService })
