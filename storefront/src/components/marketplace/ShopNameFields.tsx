"use client"

import { useState } from "react"
import { suggestHandle } from "@/lib/sellers"

type Props = {
  initialName: string
  labels: { name: string; nameHint: string; handle: string; handleHint: string }
  /** Where the shop page will be, before the handle: "/en/makers/". */
  previewPrefix: string
}

/**
 * Shop name and web address. The address follows the name (as a suggestion)
 * until the seller edits it. Without JavaScript the server suggests it instead.
 */
export function ShopNameFields({ initialName, labels, previewPrefix }: Props) {
  const [name, setName] = useState(initialName)
  const [handle, setHandle] = useState(suggestHandle(initialName))
  const [edited, setEdited] = useState(false)
  return (
    <>
      <div className="field">
        <label htmlFor="s-name">{labels.name}</label>
        <input
          id="s-name"
          name="name"
          required
          minLength={2}
          maxLength={120}
          value={name}
          onChange={(e) => {
            setName(e.target.value)
            if (!edited) setHandle(suggestHandle(e.target.value))
          }}
          aria-describedby="s-name-hint"
          data-testid="field-shop-name"
        />
        <p className="hint" id="s-name-hint">
          {labels.nameHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor="s-handle">{labels.handle}</label>
        <input
          id="s-handle"
          name="handle"
          minLength={3}
          maxLength={60}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={handle}
          onChange={(e) => {
            setEdited(true)
            setHandle(e.target.value.toLowerCase())
          }}
          aria-describedby="s-handle-hint"
          data-testid="field-handle"
        />
        <p className="hint" id="s-handle-hint">
          {labels.handleHint}{" "}
          <span className="handle-preview" data-testid="handle-preview">
            {previewPrefix}
            {handle || "…"}
          </span>
        </p>
      </div>
    </>
  )
}
