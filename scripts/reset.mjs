#!/usr/bin/env node
// `npm run reset`: deletes the embedded database and uploaded demo files, so the next `npm start` seeds afresh.
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR, ROOT } from "./lib.mjs"

for (const dir of [path.join(DATA_DIR, "postgres"), path.join(ROOT, "backend", "static")]) {
  fs.rmSync(dir, { recursive: true, force: true })
  console.log(`removed ${path.relative(ROOT, dir)}`)
}
