#!/usr/bin/env node
// Installs dependencies when they are missing or stale (used by `npm run build`).
import { ensureInstalled } from "./lib.mjs"

await ensureInstalled()
