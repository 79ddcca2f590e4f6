// The employer route shared by business customers and sellers (see utils/employer-handlers.ts), here for a member of the seller.
export { employerPostsGET as GET, employerPostsPOST as POST } from "../../../../../utils/employer-handlers"
