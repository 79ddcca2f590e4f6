export type Part = { field?: string; filename: string; encoded?: boolean; type: string; bytes: Buffer }
export const SCRIPT: string
export function html(): Buffer
export function svg(): Buffer
export function fakeJpeg(): Buffer
export function jpeg(color?: string): Promise<Buffer>
export function png(): Promise<Buffer>
export function webp(): Promise<Buffer>
export function polyglotJpeg(): Promise<Buffer>
export function multipart(parts: Part[], boundary?: string): { body: Buffer; contentType: string }
/** [case, parts, code] that every photo route answers with a coded 400, storing nothing. */
export function refusedPhotoUploads(): Promise<[string, Part[], string][]>
