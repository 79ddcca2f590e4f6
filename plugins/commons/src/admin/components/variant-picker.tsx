import { Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { call } from "../lib/api"

type Product = { id: string; title: string; variants?: { id: string; title: string }[] }
export type PickedVariant = { product_id: string; variant_id: string; label: string }

/** Searches the catalogue (GET /admin/products?q=) and picks one product variant. */
export const VariantPicker = ({
  value,
  onChange,
}: {
  value: PickedVariant | null
  onChange: (v: PickedVariant | null) => void
}) => {
  const [q, setQ] = useState("")
  const [products, setProducts] = useState<Product[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ fields: "id,title,variants.id,variants.title", limit: "10" })
      if (q.trim()) params.set("q", q.trim())
      try {
        const data = await call<{ products: Product[] }>(`/admin/products?${params}`)
        if (live) {
          setProducts(data.products)
          setError(null)
        }
      } catch (e) {
        if (live) setError((e as Error).message)
      }
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [q])

  const options = products.flatMap((p) =>
    (p.variants ?? []).map((v) => ({ product_id: p.id, variant_id: v.id, label: `${p.title} — ${v.title}` }))
  )
  return (
    <div className="flex flex-col gap-2">
      {value && (
        <div className="flex items-center justify-between rounded-md border border-ui-border-base px-3 py-2">
          <Text size="small" weight="plus">
            {value.label}
          </Text>
          <button type="button" className="text-ui-fg-interactive txt-compact-small" onClick={() => onChange(null)}>
            Change
          </button>
        </div>
      )}
      {!value && (
        <>
          <Input
            size="small"
            type="search"
            placeholder="Search products, e.g. leather"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-label="Search products"
          />
          {error && (
            <Text size="small" className="text-ui-fg-error">
              {error}
            </Text>
          )}
          <div
            className="max-h-48 overflow-y-auto rounded-md border border-ui-border-base"
            role="listbox"
            aria-label="Product variants"
          >
            {!options.length && (
              <Text size="small" className="px-3 py-2 text-ui-fg-subtle">
                No products match.
              </Text>
            )}
            {options.map((o) => (
              <button
                key={o.variant_id}
                type="button"
                role="option"
                aria-selected={false}
                className="block w-full px-3 py-1.5 text-left txt-compact-small hover:bg-ui-bg-base-hover"
                onClick={() => onChange(o)}
              >
                {o.label}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  )
}
