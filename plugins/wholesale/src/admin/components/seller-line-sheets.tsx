import { Container, Heading, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSellers } from "../lib/sellers"
import { LineSheetButtons } from "./line-sheet-buttons"

/** Picks a maker (from the marketplace's sellers) and downloads their line sheet. */
export const SellerLineSheets = () => {
  const { sellers, error, loading } = useSellers()
  const active = sellers.filter((s) => s.status === "active")
  const [sellerId, setSellerId] = useState("")
  const seller = active.find((s) => s.id === sellerId)

  return (
    <Container className="flex flex-col gap-3">
      <div>
        <Heading level="h2">Line sheets</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          A maker's catalogue as a PDF for wholesale buyers. Collections have theirs on each collection's page.
        </Text>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-subtle">
          Seller line sheets need the marketplace's sellers, which did not load: {error}
        </Text>
      ) : !loading && !active.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          No active sellers yet.
        </Text>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Select size="small" value={sellerId} onValueChange={setSellerId} disabled={loading}>
            <Select.Trigger className="w-64" aria-label="Seller">
              <Select.Value placeholder={loading ? "Loading sellers…" : "Choose a seller"} />
            </Select.Trigger>
            <Select.Content>
              {active.map((s) => (
                <Select.Item key={s.id} value={s.id}>
                  {s.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <LineSheetButtons
            path={`/admin/line-sheets/sellers/${sellerId}`}
            name={seller?.handle ?? "seller"}
            disabled={!seller}
          />
        </div>
      )}
    </Container>
  )
}
