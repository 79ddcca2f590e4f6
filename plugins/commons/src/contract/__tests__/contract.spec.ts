import { describeContract } from "../../../../../backend/integration-tests/contract"
import { CommonsErrors } from ".."

describeContract({ plugin: "commons", codes: Object.values(CommonsErrors) })
