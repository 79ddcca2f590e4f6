// The employer route shared by business customers and sellers (see utils/employer-handlers.ts), here for a member of the seller.
export { employerPostGET as GET } from "../../../../../../utils/employer-handlers"
