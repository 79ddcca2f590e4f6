import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { STATUS_COLOR, useAdminResource } from "../lib/api"

type WithSeller = { product: { seller?: { id: string; name: string; handle: string; status: string } | null } }

/** Shows which maker a product belongs to, on the product page's side column. */
const ProductSellerWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { data: res } = useAdminResource<WithSeller>(
    `/admin/products/${data.id}?fields=id,seller.id,seller.name,seller.handle,seller.status`
  )
  const seller = res?.product.seller
  return (
    <Container>
      <Heading level="h2">Maker</Heading>
      {seller ? (
        <div className="mt-2 flex items-center justify-between">
          <Link className="text-ui-fg-interactive" to={`/sellers/${seller.id}`}>
            {seller.name}
          </Link>
          <Badge size="2xsmall" color={STATUS_COLOR[seller.status] ?? "grey"}>
            {seller.status}
          </Badge>
        </div>
      ) : (
        <Text size="small" className="mt-2 text-ui-fg-subtle">
          No maker: this product is sold by the platform.
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductSellerWidget
