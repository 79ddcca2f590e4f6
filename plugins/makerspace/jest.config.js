const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// Plugin tests: unit tests next to the code, HTTP tests against the whole application in backend/.
module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["../../backend/integration-tests/setup.js"],
  testMatch: ["**/integration-tests/http/*.spec.[jt]s", "**/src/**/__tests__/**/*.spec.[jt]s"],
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/../../scripts/jest-summary-reporter.cjs"],
}
