import { Module } from "@medusajs/framework/utils"
import MakerspaceModuleService from "./service"

export const MAKERSPACE_MODULE = "makerspace"

export default Module(MAKERSPACE_MODULE, {
  service: MakerspaceModuleService,
})

export { MakerspaceModuleService }

// `container.resolve(MAKERSPACE_MODULE)` is typed (Medusa's module type augmentation), no resolver helper.
declare module "@medusajs/framework/types" {
  interface ModuleImplementations {
    [MAKERSPACE_MODULE]: MakerspaceModuleService
  }
}
