import { Module } from "@medusajs/framework/utils"
import MakerspaceModuleService from "./service"

export const MAKERSPACE_MODULE = "makerspace"

export default Module(MAKERSPACE_MODULE, {
  service: MakerspaceModuleService,
})

export { MakerspaceModuleService }
