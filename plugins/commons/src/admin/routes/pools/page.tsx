import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"

// The pools list, progress and settlement report grow here.
const PoolsPage = () => (
  <Container>
    <Heading>Group buys</Heading>
    <Text className="text-ui-fg-subtle">Pools for raw materials, their pledges and settlement.</Text>
  </Container>
)

export const config = defineRouteConfig({ label: "Group buys", icon: Users })
export default PoolsPage
