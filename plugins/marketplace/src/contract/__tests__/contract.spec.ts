import { describeContract } from "../../../../../backend/integration-tests/contract"
import { MarketplaceErrors } from ".."

describeContract({ plugin: "marketplace", codes: Object.values(MarketplaceErrors) })
