import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { serveDirectory } from "@dharavi/uploads"

/**
 * Public uploads at GET /static/*, from the local file provider's `upload_dir` (the data folder, see
 * medusa-config.ts), each with nosniff, a CSP without script and, unless it is a raster image,
 * `Content-Disposition: attachment`: an uploaded page or SVG cannot run on this origin.
 *
 * Medusa mounts `express.static(<cwd>/static)` at /static before any middleware; uploads are kept
 * elsewhere, so it finds nothing and this answers. With FILE_PROVIDER=s3 there is nothing to serve
 * here (the files live on the bucket's origin) and requests go on to a 404.
 */
type FileProvider = { resolve?: string; options?: { upload_dir?: string } }

/** The local provider's public folder, or null when another provider stores the files. */
export function uploadDir(configModule: { modules?: Record<string, unknown> } | undefined): string | null {
  const file = configModule?.modules?.file as { options?: { providers?: FileProvider[] } } | boolean | undefined
  const providers: FileProvider[] = (typeof file === "object" && file?.options?.providers) || []
  const local = providers.find((p) => String(p.resolve ?? "").includes("file-local"))
  return local?.options?.upload_dir ?? null
}

let served: { dir: string | null; handler: ReturnType<typeof serveDirectory> | null } | null = null

export function serveUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!served) {
    const dir = uploadDir(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
    served = { dir, handler: dir ? serveDirectory(dir, { mount: "/static" }) : null }
  }
  if (!served.handler) return next()
  served.handler(req, res, next)
}
