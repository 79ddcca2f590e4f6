import type { AdminCustomerAccount, AdminKarigar } from "../../../../contract"
import { publicKarigar } from "../../../../lib/jobs"
import type { KarigarProfileRecord } from "../../../../modules/jobs/types"

/** A karigar as the admin sees it: the public profile (skills named), its status and the linked customer account. */
export const adminKarigar = (k: KarigarProfileRecord & { customer?: AdminCustomerAccount | null }): AdminKarigar => ({
  ...publicKarigar(k),
  status: k.status,
  customer_id: k.customer_id,
  created_at: k.created_at,
  customer: k.customer ?? null,
})
