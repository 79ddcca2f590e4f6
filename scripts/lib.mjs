// Shared helpers for the root commands (start, test, seed, bench).
// Only Node built-ins here: these run before `npm install` has happened.
import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
export const DATA_DIR = path.join(ROOT, ".data")

const useColour = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code, text) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text)
export const bold = (t) => paint(1, t)
export const dim = (t) => paint(2, t)
export const green = (t) => paint(32, t)
export const red = (t) => paint(31, t)
export const yellow = (t) => paint(33, t)

/** Numbered progress lines: `[2/7] Starting PostgreSQL ...` */
export function stepper(total) {
  let n = 0
  const started = Date.now()
  return {
    step(message) {
      n += 1
      console.log(`${bold(`[${n}/${total}]`)} ${message} ${dim(`(+${((Date.now() - started) / 1000).toFixed(0)}s)`)}`)
    },
    info: (message) => console.log(`      ${message}`),
  }
}

/** Environment shared by every child: no telemetry, no update nags. */
export function baseEnv(extra = {}) {
  return {
    ...process.env,
    DHARAVI_DATA_DIR: DATA_DIR,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
    DO_NOT_TRACK: "1",
    ...extra,
  }
}

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(cmd, args, { cwd = ROOT, env = baseEnv(), quiet = false, logFile } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, "w") : null
    const stdio = quiet || out ? ["ignore", out ?? "ignore", out ?? "ignore"] : "inherit"
    const child = spawn(cmd, args, { cwd, env, stdio })
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (out) fs.closeSync(out)
      if (code === 0) resolve()
      else {
        const where = logFile ? ` (log: ${path.relative(ROOT, logFile)})` : ""
        reject(new Error(`${cmd} ${args.join(" ")} failed with ${signal ?? `exit code ${code}`}${where}`))
      }
    })
  })
}

/** Starts a long-running child in its own process group so it can be stopped with all its children. */
export function startService(name, cmd, args, { cwd = ROOT, env = baseEnv(), logFile } = {}) {
  const out = logFile ? fs.openSync(logFile, "w") : null
  const child = spawn(cmd, args, {
    cwd,
    env,
    detached: true,
    stdio: out ? ["ignore", out, out] : ["ignore", "inherit", "inherit"],
  })
  child.serviceName = name
  return child
}

export async function stopService(child, timeoutMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {
      // already gone
    }
  }, timeoutMs)
  await exited
  clearTimeout(timer)
}

/** Polls a URL until it answers 2xx/3xx, or the child dies, or time runs out. */
export async function waitForHttp(url, { timeoutMs = 180_000, child, name = url } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} before it answered`)
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) })
      if (res.status < 400) return
    } catch {
      // not answering yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000}s`)
}

export function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, host, () => server.close(() => resolve(true)))
  })
}

export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 100; port++) {
    if (await portIsFree(port)) return port
  }
  throw new Error(`no free port between ${preferred} and ${preferred + 99}`)
}

/** What an install depends on: the lockfile and each manifest's dependency fields (not its scripts). */
export function lockHash() {
  const manifests = [path.join(ROOT, "package.json")]
  for (const dir of ["backend", "storefront"]) manifests.push(path.join(ROOT, dir, "package.json"))
  const pluginsDir = path.join(ROOT, "plugins")
  if (fs.existsSync(pluginsDir)) {
    for (const name of fs.readdirSync(pluginsDir).sort()) {
      const manifest = path.join(pluginsDir, name, "package.json")
      if (fs.existsSync(manifest)) manifests.push(manifest)
    }
  }
  const hash = createHash("sha256")
  const lock = path.join(ROOT, "package-lock.json")
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock))
  const fields = [
    "name",
    "dependencies",
    "devDependencies",
    "peerDependencies",
    "optionalDependencies",
    "overrides",
    "workspaces",
    "allowScripts",
  ]
  for (const file of manifests) {
    if (!fs.existsSync(file)) continue
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"))
    hash.update(JSON.stringify(fields.map((f) => manifest[f] ?? null)))
  }
  return hash.digest("hex")
}

const STAMP = path.join(ROOT, "node_modules", ".dharavi-install-stamp")

/**
 * Installs dependencies when they are missing or stale (the lockfile or a manifest changed since
 * the last install). Uses `npm ci` with a committed lockfile so every machine gets the same tree.
 */
export async function ensureInstalled(log = console.log) {
  const want = lockHash()
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === want) return false
  const hasLock = fs.existsSync(path.join(ROOT, "package-lock.json"))
  const args = hasLock ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"]
  log(`installing dependencies with npm ${args[0]} (first run takes a few minutes) ...`)
  await run("npm", args, { env: baseEnv({ npm_config_loglevel: "warn" }) })
  fs.writeFileSync(STAMP, lockHash())
  return true
}

export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0
}

export function ensureDir(dir) {
  fs.mkdirSync(dir, { recursive: true })
  return dir
}
