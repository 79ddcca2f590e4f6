import { describeContract } from "../../../../../backend/integration-tests/contract"
import { JobsErrors } from ".."

describeContract({ plugin: "jobs", codes: Object.values(JobsErrors) })
