/** Who is acting on a seller's behalf: recorded in the seller's audit log. */
export type Actor = { user_id: string; role: string }
