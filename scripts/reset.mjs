#!/usr/bin/env node
// `npm run reset`: deletes the embedded database and uploaded files, so the next `npm start` seeds afresh.
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR, ROOT } from "./lib.mjs"

// Uploads live in the data folder (.data/uploads, .data/private-files); backend/static only holds
// files from before that move. The secrets in .data/secrets.json are kept.
const dirs = ["postgres", "uploads", "private-files"].map((d) => path.join(DATA_DIR, d))
for (const dir of [...dirs, path.join(ROOT, "backend", "static"), path.join(ROOT, "backend", "private-files")]) {
  fs.rmSync(dir, { recursive: true, force: true })
  console.log(`removed ${path.relative(ROOT, dir)}`)
}
