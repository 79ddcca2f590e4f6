import { Module } from "@medusajs/framework/utils"
import CommonsModuleService from "./service"

export const COMMONS_MODULE = "commons"

export default Module(COMMONS_MODULE, { service: CommonsModuleService })

// `container.resolve(COMMONS_MODULE)` is typed (Medusa's module type augmentation), no resolver helper.
declare module "@medusajs/framework/types" {
  interface ModuleImplementations {
    [COMMONS_MODULE]: CommonsModuleService
  }
}
