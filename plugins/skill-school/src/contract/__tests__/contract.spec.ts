import { describeContract } from "../../../../../backend/integration-tests/contract"
import { SkillSchoolErrors } from ".."

describeContract({ plugin: "skill-school", codes: Object.values(SkillSchoolErrors) })
