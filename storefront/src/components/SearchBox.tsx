"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import type { AppLocale } from "@/i18n/locales"
import type { CurrencyCode } from "@/lib/currency"
import {
  groupHits,
  SEARCH_DEBOUNCE_MS,
  SEARCH_MAX_QUERY,
  SEARCH_MIN_CHARS,
  type InstantResults,
  type SearchType,
} from "@/lib/search"
import { SearchIcon } from "./Icons"

type Labels = {
  label: string
  placeholder: string
  submit: string
  seeAll: string
  list: string
  ready: string
  none: string
  error: string
  types: Record<SearchType, string>
}

/**
 * The header's search box. Without JavaScript it is a plain GET form to the results page; with it,
 * a combobox that shows up to six instant results (grouped by kind) a moment after typing stops,
 * through the storefront's `/api/search`. Each keystroke aborts the request before it.
 */
export function SearchBox({ locale, currency, labels }: { locale: AppLocale; currency: CurrencyCode; labels: Labels }) {
  const router = useRouter()
  const id = useId()
  const listId = `${id}-list`
  const action = `/${locale}/search`
  const input = useRef<HTMLInputElement>(null)
  const cache = useRef(new Map<string, InstantResults>())
  const [value, setValue] = useState("")
  const [results, setResults] = useState<InstantResults | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  const q = value.trim()
  useEffect(() => {
    setActive(-1)
    if (q.length < SEARCH_MIN_CHARS) {
      setResults(null)
      return
    }
    const key = `${currency} ${q}`
    const known = cache.current.get(key)
    if (known) {
      setResults(known)
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const url = `/api/search?${new URLSearchParams({ q, locale, currency })}`
        const res = await fetch(url, { signal: controller.signal, headers: { accept: "application/json" } })
        const body = (await res.json()) as InstantResults
        if (!res.ok || body.error) throw new Error(`search answered ${res.status}`)
        cache.current.set(key, body)
        setResults(body)
      } catch {
        if (!controller.signal.aborted) setResults({ query: q, count: 0, hits: [], error: true })
      }
    }, SEARCH_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q, locale, currency])

  const hits = results?.hits ?? []
  const seeAllHref = `${action}?${new URLSearchParams({ q })}`
  // The options in the order they are shown (grouped), then "See all results".
  const groups = groupHits(hits)
  const hrefs = [...groups.flatMap((g) => g.hits.map((h) => h.href)), seeAllHref]
  const expanded = open && results !== null && q.length >= SEARCH_MIN_CHARS
  const optionId = (i: number) => `${id}-option-${i}`

  const go = (href: string) => {
    setOpen(false)
    input.current?.blur()
    router.push(href)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!results) return
      e.preventDefault()
      setOpen(true)
      // Positions run from the box itself (-1) through every option and round again.
      const step = e.key === "ArrowDown" ? 1 : -1
      const positions = hrefs.length + 1
      setActive((i) => (expanded ? ((i + 1 + step + positions) % positions) - 1 : step > 0 ? 0 : hrefs.length - 1))
    } else if (e.key === "Enter" && expanded && active >= 0) {
      e.preventDefault()
      go(hrefs[active]!)
    } else if (e.key === "Escape" && expanded) {
      // Closes the list; a second Escape clears the box as browsers do for search fields.
      e.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  let index = -1
  const status = !expanded ? "" : results?.error ? labels.error : hits.length ? labels.ready : labels.none

  return (
    <form
      action={action}
      method="get"
      role="search"
      className="search-box"
      data-testid="search-box"
      onSubmit={(e) => {
        e.preventDefault()
        go(q ? seeAllHref : action)
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false)
      }}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {labels.label}
      </label>
      <div className="search-box-field">
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          name="q"
          value={value}
          placeholder={labels.placeholder}
          maxLength={SEARCH_MAX_QUERY}
          autoComplete="off"
          enterKeyHint="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          onChange={(e) => {
            setValue(e.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
        <button type="submit" className="search-box-submit" aria-label={labels.submit} data-testid="search-submit">
          <SearchIcon />
        </button>
      </div>
      <div className="search-popup" hidden={!expanded} data-testid="instant-results">
        {expanded && !hits.length ? (
          <p className="search-popup-note" aria-hidden="true">
            {status}
          </p>
        ) : null}
        {/* Pressing on an option must not blur the box first, or the list would close under the finger. */}
        <div id={listId} role="listbox" aria-label={labels.list} onMouseDown={(e) => e.preventDefault()}>
          {groups.map((g) => (
            <ul key={g.type} role="group" aria-label={labels.types[g.type]} className="search-group" data-type={g.type}>
              <li role="presentation" aria-hidden="true" className="search-group-label">
                {labels.types[g.type]}
              </li>
              {g.hits.map((hit) => {
                index += 1
                return (
                  <li
                    key={hit.href}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    className="search-option"
                  >
                    <Link
                      href={hit.href}
                      tabIndex={-1}
                      onClick={() => setOpen(false)}
                      data-testid="instant-hit"
                      data-type={hit.type}
                    >
                      {hit.thumbnail ? (
                        <img
                          src={hit.thumbnail}
                          alt=""
                          width={40}
                          height={40}
                          loading="lazy"
                          decoding="async"
                          className="search-thumb"
                        />
                      ) : (
                        <span className={`search-thumb search-thumb-${hit.type}`} aria-hidden="true">
                          {[...hit.title][0]}
                        </span>
                      )}
                      <span className="search-option-text">
                        <strong lang={hit.lang}>{hit.title}</strong>
                        {hit.meta ? <small>{hit.meta}</small> : null}
                      </span>
                    </Link>
                  </li>
                )
              })}
            </ul>
          ))}
          <div
            id={optionId(hrefs.length - 1)}
            role="option"
            aria-selected={active === hrefs.length - 1}
            className="search-option search-see-all"
          >
            <Link href={seeAllHref} tabIndex={-1} onClick={() => setOpen(false)} data-testid="instant-see-all">
              {labels.seeAll} →
            </Link>
          </div>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </form>
  )
}
