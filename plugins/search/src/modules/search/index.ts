import { Module } from "@medusajs/framework/utils"
import SearchModuleService from "./service"

// Not "search": Medusa 2.21 registers its own Search Module under that key.
export const SEARCH_MODULE = "dharaviSearch"

export default Module(SEARCH_MODULE, { service: SearchModuleService })
