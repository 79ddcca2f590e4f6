import { describeContract } from "../../../../../backend/integration-tests/contract"
import { WholesaleErrors } from ".."

describeContract({ plugin: "wholesale", codes: Object.values(WholesaleErrors) })
