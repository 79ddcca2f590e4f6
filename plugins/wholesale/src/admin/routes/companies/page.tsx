import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"

// Replaced by the companies list (approve / reject) as the wholesale admin grows.
const CompaniesPage = () => (
  <Container>
    <Heading>Wholesale companies</Heading>
    <Text className="text-ui-fg-subtle">Buyer companies waiting for approval appear here.</Text>
  </Container>
)

export const config = defineRouteConfig({ label: "Wholesale", icon: BuildingStorefront })
export default CompaniesPage
