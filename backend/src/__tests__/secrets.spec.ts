import fs from "fs"
import os from "os"
import path from "path"

// Outside production the token and cookie secrets are made at random on the first start and kept in
// the data folder; nothing in the repository can sign an admin token.
const loadConfig = (dataDir: string) => {
  process.env.DHARAVI_DATA_DIR = dataDir
  let config: any
  jest.isolateModules(() => {
    config = require("../../../medusa-config").default
  })
  return config.projectConfig.http as { jwtSecret: string; cookieSecret: string }
}

describe("development secrets", () => {
  const saved = { jwt: process.env.JWT_SECRET, cookie: process.env.COOKIE_SECRET, data: process.env.DHARAVI_DATA_DIR }
  beforeEach(() => {
    delete process.env.JWT_SECRET
    delete process.env.COOKIE_SECRET
  })
  afterAll(() => {
    Object.assign(process.env, { JWT_SECRET: saved.jwt, COOKIE_SECRET: saved.cookie, DHARAVI_DATA_DIR: saved.data })
    for (const [k, v] of Object.entries({
      JWT_SECRET: saved.jwt,
      COOKIE_SECRET: saved.cookie,
      DHARAVI_DATA_DIR: saved.data,
    }))
      if (v === undefined) delete process.env[k]
  })

  it("are random on the first start, kept private in the data folder, and the same on every later start", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dharavi-secrets-"))
    const first = loadConfig(dir)
    expect(first.jwtSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.cookieSecret).toMatch(/^[0-9a-f]{64}$/)
    expect(first.cookieSecret).not.toBe(first.jwtSecret)
    const file = path.join(dir, "secrets.json")
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(loadConfig(dir)).toEqual(first)

    const elsewhere = loadConfig(fs.mkdtempSync(path.join(os.tmpdir(), "dharavi-secrets-")))
    expect(elsewhere.jwtSecret).not.toBe(first.jwtSecret)
  })

  it("come from JWT_SECRET and COOKIE_SECRET when they are set, and no secret is written in the config", () => {
    process.env.JWT_SECRET = "j".repeat(40)
    process.env.COOKIE_SECRET = "c".repeat(40)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dharavi-secrets-"))
    expect(loadConfig(dir)).toMatchObject({ jwtSecret: "j".repeat(40), cookieSecret: "c".repeat(40) })
    expect(fs.existsSync(path.join(dir, "secrets.json"))).toBe(false)
    const source = fs.readFileSync(path.join(__dirname, "../../../medusa-config.ts"), "utf8")
    expect(source).not.toMatch(/jwtSecret:\s*process\.env\.JWT_SECRET\s*\|\|\s*["'`]/)
    expect(source).not.toMatch(/dev-only-secret/)
  })
})
