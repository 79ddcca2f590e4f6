import { describeContract } from "../../../../../backend/integration-tests/contract"
import { MakerspaceErrors } from ".."

describeContract({ plugin: "makerspace", codes: Object.values(MakerspaceErrors) })
