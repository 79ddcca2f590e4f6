/** Unit tests: pure helpers and message catalogues. No backend, no browser. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/__tests__/**/*.test.ts"],
  // Counts reach the single total `npm test` prints (scripts/jest-summary-reporter.cjs).
  reporters: ["default", "<rootDir>/../scripts/jest-summary-reporter.cjs"],
  // use-intl and its ICU formatter ship only ES modules: compiled like our own code, so the message
  // tests format real messages (plurals included) the way next-intl does.
  transformIgnorePatterns: [
    "/node_modules/(?!(next-intl|use-intl|icu-minify|intl-messageformat|@formatjs|@schummar)/)",
  ],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/src/$1",
  },
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          target: "es2022",
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "commonjs" },
      },
    ],
  },
}
