// One lint for the whole repository (`npm run lint`, run by .ci/run): ESLint's and typescript-eslint's
// recommended rules everywhere, Next.js's (core web vitals) and React's hook rules in the storefront,
// and no `any` (each remaining one is disabled on its line with the reason). Formatting is Prettier's
// (eslint-config-prettier turns off the rules it owns).
import js from "@eslint/js"
import nextPlugin from "@next/eslint-plugin-next"
import prettier from "eslint-config-prettier"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/.next/**",
      "**/.next-*/**",
      "**/.turbo/**",
      ".data/**",
      "**/dist/**",
      "**/build/**",
      "**/coverage/**",
      "storefront/next-env.d.ts",
      "storefront/e2e/artifacts/**",
      "**/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // Medusa's module services are declared as classes merged with interfaces of the same name.
      "@typescript-eslint/no-unsafe-declaration-merging": "off",
    },
  },
  // Plain CommonJS packages and scripts.
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Tests: jest's globals; a test may require a module inside jest.isolateModules. HTTP tests read
  // JSON answers whose shape is what they assert, so `any` is allowed there (and only there).
  {
    files: ["**/__tests__/**", "**/integration-tests/**", "**/*.spec.ts", "**/*.test.ts", "**/*.test.mjs"],
    languageOptions: { globals: { ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
  // Browser code: the storefront, the admin extensions, and what browser tests run inside the page.
  {
    files: ["storefront/src/**", "plugins/*/src/admin/**", "**/e2e/**"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["storefront/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    settings: { next: { rootDir: "storefront" } },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      // Product and maker pictures are SVGs and photos served by the backend (or its CDN), sized by
      // CSS; next/image's optimiser would fetch each one again through the storefront.
      "@next/next/no-img-element": "off",
    },
  },
  // The hook rules Next.js's own config turns on, for the storefront and the admin extensions.
  {
    files: ["storefront/**/*.tsx", "plugins/*/src/admin/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  prettier
)
