// The employer route shared by business customers and sellers (see utils/employer-handlers.ts), here for a business customer.
export { employerPostsGET as GET, employerPostsPOST as POST } from "../../../../utils/employer-handlers"
