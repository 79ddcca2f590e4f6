// A jest reporter that writes this run's counts to $DHARAVI_TEST_RESULTS_DIR so `npm test` can print
// one total across every workspace (turbo interleaves their output).
const fs = require("fs")
const path = require("path")

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.DHARAVI_TEST_RESULTS_DIR
    if (!dir) return
    fs.mkdirSync(dir, { recursive: true })
    const name = path.basename(process.cwd())
    const failedFiles = results.testResults
      .filter((r) => r.numFailingTests > 0 || r.testExecError || r.failureMessage)
      .map((r) => path.relative(process.cwd(), r.testFilePath))
    fs.writeFileSync(
      path.join(dir, `jest-${name}-${process.pid}.json`),
      JSON.stringify({
        workspace: name,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
        failedFiles,
      })
    )
  }
}

module.exports = SummaryReporter
