// Browser tests against the whole stack (scripts/stack.mjs) in Debian's Chromium.
// Browser test files are `<workspace>/e2e/*.e2e.test.mjs`, run with node's test runner; they read
// STOREFRONT_URL, BACKEND_URL and MEDUSA_PUBLISHABLE_KEY.
import fs from "node:fs"
import path from "node:path"
import { ROOT, run } from "./lib.mjs"
import { startStack } from "./stack.mjs"

export function findBrowserTests() {
  const dirs = [path.join(ROOT, "storefront", "e2e"), path.join(ROOT, "backend", "e2e")]
  const pluginsDir = path.join(ROOT, "plugins")
  if (fs.existsSync(pluginsDir)) for (const p of fs.readdirSync(pluginsDir)) dirs.push(path.join(pluginsDir, p, "e2e"))
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith(".e2e.test.mjs"))
        .map((f) => path.join(d, f))
    )
    .sort()
}

/** Runs every browser test; returns { passed, failed, skipped }. */
export async function runBrowserTests({ db, logDir, info }) {
  const files = findBrowserTests()
  if (!files.length) return { passed: 0, failed: 0, skipped: 0 }
  if (!fs.existsSync("/usr/bin/chromium")) {
    throw new Error("browser tests need Debian's chromium at /usr/bin/chromium: apt-get install -y chromium")
  }
  const stack = await startStack({ db, database: "dharavi_e2e", logDir, info })
  try {
    info(`browser tests: ${files.length} file(s) in Chromium`)
    const tap = path.join(logDir, "e2e-results.tap")
    let failedRun = false
    await run(
      process.execPath,
      [
        "--test",
        "--test-concurrency=1",
        "--test-reporter=spec",
        "--test-reporter-destination=stdout",
        "--test-reporter=tap",
        `--test-reporter-destination=${tap}`,
        ...files,
      ],
      {
        env: {
          ...stack.env,
          STOREFRONT_URL: stack.storefrontUrl,
          BACKEND_URL: stack.backendUrl,
          MEDUSA_PUBLISHABLE_KEY: stack.publishableKey,
        },
      }
    ).catch(() => (failedRun = true))
    const text = fs.existsSync(tap) ? fs.readFileSync(tap, "utf8") : ""
    const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, "m").exec(text)?.[1] ?? 0)
    const result = {
      passed: count("pass"),
      failed: count("fail") + count("cancelled"),
      skipped: count("skipped") + count("todo"),
    }
    if (failedRun && result.failed === 0) result.failed = 1
    return result
  } finally {
    await stack.stop()
  }
}
