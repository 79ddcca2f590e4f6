// The jest setup shared by the Medusa application and every plugin: swc for TypeScript, HTTP and
// module integration tests against a real PostgreSQL, and a reporter that feeds `npm test`'s total.
const path = require("path")
const { loadEnv } = require("@medusajs/framework/utils")

module.exports = function medusaJestConfig(workspaceDir) {
  loadEnv("test", workspaceDir)
  return {
    rootDir: workspaceDir,
    transform: {
      "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
    },
    testEnvironment: "node",
    moduleFileExtensions: ["js", "ts", "json"],
    modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
    setupFiles: [path.join(__dirname, "..", "backend", "integration-tests", "setup.js")],
    testMatch: ["**/integration-tests/http/*.spec.[jt]s", "**/src/**/__tests__/**/*.spec.[jt]s"],
    testTimeout: 120000,
    reporters: ["default", path.join(__dirname, "jest-summary-reporter.cjs")],
  }
}
