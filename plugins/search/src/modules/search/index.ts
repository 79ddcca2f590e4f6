import { Module } from "@medusajs/framework/utils"
import SearchModuleService from "./service"

// Not "search": Medusa 2.21 registers its own Search Module under that key.
export const SEARCH_MODULE = "dharaviSearch"

export default Module(SEARCH_MODULE, { service: SearchModuleService })

// container.resolve(SEARCH_MODULE) is typed as the service, without casts or resolver helpers.
declare module "@medusajs/framework/types" {
  interface ModuleImplementations {
    [SEARCH_MODULE]: SearchModuleService
  }
}
