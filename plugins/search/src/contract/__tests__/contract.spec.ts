import { describeContract } from "../../../../../backend/integration-tests/contract"
import { SearchErrors } from ".."

describeContract({ plugin: "search", codes: Object.values(SearchErrors) })
