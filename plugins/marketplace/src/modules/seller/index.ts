import { Module } from "@medusajs/framework/utils"
import SellerModuleService from "./service"

export const SELLER_MODULE = "seller"

export default Module(SELLER_MODULE, {
  service: SellerModuleService,
})

// container.resolve(SELLER_MODULE) is typed as the service, without casts or resolver helpers.
declare module "@medusajs/framework/types" {
  interface ModuleImplementations {
    [SELLER_MODULE]: SellerModuleService
  }
}

export { SellerModuleService }
