import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCollection, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { LineSheetButtons } from "../components/line-sheet-buttons"

/** Line-sheet PDFs of a collection for wholesale buyers, on the collection's page. */
const CollectionLineSheetWidget = ({ data }: DetailWidgetProps<AdminCollection>) => (
  <Container className="flex flex-wrap items-center justify-between gap-4">
    <div>
      <Heading level="h2">Line sheet</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        This collection as a PDF catalogue for wholesale buyers: photos, SKUs, retail and wholesale tier prices,
        minimums and case packs.
      </Text>
    </div>
    <LineSheetButtons path={`/admin/line-sheets/collections/${data.id}`} name={data.handle || data.id} />
  </Container>
)

export const config = defineWidgetConfig({ zone: "product_collection.details.after" })

export default CollectionLineSheetWidget
