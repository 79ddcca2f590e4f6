// The employer route shared by business customers and sellers (see utils/employer-handlers.ts), here for a business customer.
export { employerShortlistPOST as POST } from "../../../../../../utils/employer-handlers"
