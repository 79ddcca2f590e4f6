import { COMMONS_MODULE } from "../modules/commons"
import type CommonsModuleService from "../modules/commons/service"

export const commonsService = (container: { resolve: (key: string) => unknown }) => container.resolve(COMMONS_MODULE) as CommonsModuleService
