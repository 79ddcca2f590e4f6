import fs from "fs"
import path from "path"

/**
 * The checks every plugin's contract test runs (plugins/<name>/src/contract/__tests__/contract.spec.ts):
 *
 * - every error code the plugin's source can answer (the first argument of a coded error from
 *   @dharavi/errors: conflict, invalid, notFound, notAllowed, forbidden, tooManyRequests, codedError)
 *   is a code its contract declares, and none is written as a string literal outside the contract;
 * - every event the plugin emits or subscribes to is named by a constant (its contract's, or Medusa's
 *   own event constants), never a string literal;
 * - every declared code has a text in the storefront's message table (storefront/messages/codes) in
 *   English, Hindi and Marathi, and the Hindi and Marathi texts are not the English one.
 */
const ROOT = path.resolve(__dirname, "../..")

export type ContractCheck = {
  /** The plugin's folder name under plugins/. */
  plugin: string
  /** The error codes the contract declares (e.g. Object.values(WholesaleErrors)). */
  codes: string[]
}

const CODED_CALL = /\b(?:conflict|invalid|notFound|notAllowed|forbidden|tooManyRequests)\(\s*(["'`])([^"'`]+)\1/g
const CODED_ERROR_CALL = /\bcodedError\(\s*[^,]+,\s*(["'`])([^"'`]+)\1/g
const LITERAL_EVENT = /\b(?:eventName|event)\s*:\s*(?:\[\s*)?(["'`])[a-z_-]+\.[a-z_.-]+\1/g

/** Source files of the plugin, without its contract, tests and build output. */
function sourceFiles(plugin: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!["__tests__", "contract", "node_modules", ".medusa", "admin"].includes(entry.name)) walk(full)
      } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) files.push(full)
    }
  }
  walk(path.join(ROOT, "plugins", plugin, "src"))
  return files
}

/** String-literal codes passed to coded errors in the plugin's source, with where they are. */
export function literalCodes(plugin: string): { code: string; at: string }[] {
  const found: { code: string; at: string }[] = []
  for (const file of sourceFiles(plugin)) {
    const source = fs.readFileSync(file, "utf8")
    for (const pattern of [CODED_CALL, CODED_ERROR_CALL]) {
      for (const match of source.matchAll(pattern)) found.push({ code: match[2], at: path.relative(ROOT, file) })
    }
  }
  return found
}

/** Events named by a string literal (emitEventStep's eventName, a subscriber's config.event). */
export function literalEvents(plugin: string): string[] {
  const found: string[] = []
  for (const file of sourceFiles(plugin)) {
    const source = fs.readFileSync(file, "utf8")
    for (const match of source.matchAll(LITERAL_EVENT)) found.push(`${path.relative(ROOT, file)}: ${match[0]}`)
  }
  return found
}

type CodeFile = Record<"en" | "hi" | "mr", Record<string, string>>

/** The storefront's texts for error codes, merged from every file in storefront/messages/codes. */
export function storefrontCodeTexts(): CodeFile {
  const dir = path.join(ROOT, "storefront", "messages", "codes")
  const merged: CodeFile = { en: {}, hi: {}, mr: {} }
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const file = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as CodeFile
    for (const locale of ["en", "hi", "mr"] as const) Object.assign(merged[locale], file[locale] ?? {})
  }
  return merged
}

/** Runs the checks as jest tests. */
export function describeContract({ plugin, codes }: ContractCheck) {
  describe(`${plugin} contract`, () => {
    it("declares every error code its source answers, and names none as a literal outside the contract", () => {
      expect(codes.length).toBeGreaterThan(0)
      expect(new Set(codes).size).toBe(codes.length)
      expect(literalCodes(plugin)).toEqual([])
    })

    it("names every event it emits or subscribes to by a constant", () => {
      expect(literalEvents(plugin)).toEqual([])
    })

    it("has a storefront text in en, hi and mr for every code it declares", () => {
      const texts = storefrontCodeTexts()
      const missing = codes.flatMap((code) =>
        (["en", "hi", "mr"] as const)
          .filter((locale) => !texts[locale][code]?.trim())
          .map((locale) => `${locale}:${code}`)
      )
      expect(missing).toEqual([])
      const untranslated = codes.filter(
        (code) => texts.hi[code] === texts.en[code] || texts.mr[code] === texts.en[code]
      )
      expect(untranslated).toEqual([])
    })
  })
}
