import { Module } from "@medusajs/framework/utils"
import CommonsModuleService from "./service"

export const COMMONS_MODULE = "commons"

export default Module(COMMONS_MODULE, { service: CommonsModuleService })
