"use client"

import { useEffect, useRef, useState } from "react"
import { PHOTO_ACCEPT, photoProblem, shrinkSize, SHRINK_ABOVE_BYTES } from "@/lib/photos"

type Props = {
  id: string
  name: string
  label: string
  hint: string
  labels: { type: string; size: string; chosen: string; preparing: string }
  /** A server message about this field (after a refused upload). */
  error?: string | null
  required?: boolean
  "data-testid"?: string
}

/**
 * A photo field for phones: `capture="environment"` opens the back camera,
 * `accept` limits it to what the marketplace takes. Without JavaScript it is a
 * plain file input; with it, a big camera photo is made smaller on the phone
 * (quicker to send on a slow connection, and within the 5 MB limit), the chosen
 * photo is previewed, and a photo of the wrong kind is explained before anything
 * is uploaded.
 */
export function PhotoInput({ id, name, label, hint, labels, error, ...rest }: Props) {
  const [preview, setPreview] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const previewRef = useRef<string | null>(null)

  useEffect(
    () => () => {
      if (previewRef.current) URL.revokeObjectURL(previewRef.current)
    },
    []
  )

  const message = problem ?? error ?? null
  return (
    <div className={`field photo-field${message ? " field-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="file"
        accept={PHOTO_ACCEPT}
        capture="environment"
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
        aria-invalid={message ? true : undefined}
        onChange={async (e) => {
          const input = e.currentTarget
          let file = input.files?.[0]
          if (previewRef.current) URL.revokeObjectURL(previewRef.current)
          previewRef.current = null
          setPreview(null)
          setProblem(null)
          input.setCustomValidity("")
          if (!file) return
          if (photoProblem(file) !== "type" && file.size > SHRINK_ABOVE_BYTES) {
            // Hold the form while the photo is made smaller.
            input.setCustomValidity(labels.preparing)
            const smaller = await shrinkPhoto(file).catch(() => null)
            input.setCustomValidity("")
            if (smaller && input.files?.[0] === file) {
              const list = new DataTransfer()
              list.items.add(smaller)
              input.files = list.files
              file = smaller
            }
          }
          const p = photoProblem(file)
          const text = p ? labels[p] : null
          input.setCustomValidity(text ?? "")
          setProblem(text)
          if (!p) {
            previewRef.current = URL.createObjectURL(file)
            setPreview(previewRef.current)
          }
        }}
        {...rest}
      />
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {message ? (
        <p className="field-message" id={`${id}-error`} role="alert">
          {message}
        </p>
      ) : null}
      {preview ? <img src={preview} alt={labels.chosen} className="photo-preview" width={96} height={96} /> : null}
    </div>
  )
}

/** A JPEG of the photo at most 1600 pixels on its longest side, or null when that is not smaller (or not possible). */
async function shrinkPhoto(file: File): Promise<File | null> {
  if (typeof createImageBitmap !== "function" || typeof DataTransfer === "undefined") return null
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" })
  try {
    const { width, height } = shrinkSize(bitmap.width, bitmap.height)
    const canvas = document.createElement("canvas")
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext("2d")
    if (!context) return null
    context.drawImage(bitmap, 0, 0, width, height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85))
    if (!blob || blob.size >= file.size) return null
    const name = `${file.name.replace(/\.[^.]*$/, "") || "photo"}.jpg`
    return new File([blob], name, { type: "image/jpeg", lastModified: Date.now() })
  } finally {
    bitmap.close()
  }
}
