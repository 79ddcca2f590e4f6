#!/usr/bin/env node
// `medusa build` for backend/: the application config lives at the repository root and
// backend/medusa-config.ts only re-exports it, which a production build cannot follow out of
// backend/. For the build, backend/medusa-config.ts holds a copy of the root config; the
// re-export is put back afterwards, whatever happens.
import fs from "node:fs"
import path from "node:path"
import { ROOT, baseEnv, run } from "./lib.mjs"

const backendConfig = path.join(ROOT, "backend", "medusa-config.ts")
const reexport = fs.readFileSync(backendConfig, "utf8")
const rootConfig = fs.readFileSync(path.join(ROOT, "medusa-config.ts"), "utf8")
fs.writeFileSync(
  backendConfig,
  `// Copied from ../medusa-config.ts by scripts/build-backend.mjs for this build only.\n${rootConfig}`
)
try {
  await run(path.join(ROOT, "node_modules", ".bin", "medusa"), ["build"], {
    cwd: path.join(ROOT, "backend"),
    env: baseEnv(),
  })
} finally {
  fs.writeFileSync(backendConfig, reexport)
}
