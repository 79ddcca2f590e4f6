import { Module } from "@medusajs/framework/utils"
import WholesaleModuleService from "./service"

export const WHOLESALE_MODULE = "wholesale"

export default Module(WHOLESALE_MODULE, { service: WholesaleModuleService })

// container.resolve(WHOLESALE_MODULE) is typed as the service, without casts or resolver helpers.
declare module "@medusajs/framework/types" {
  interface ModuleImplementations {
    [WHOLESALE_MODULE]: WholesaleModuleService
  }
}

export { WholesaleModuleService }
