import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * No double booking, enforced by PostgreSQL: two live bookings (held, confirmed or checked in) on
 * the same unit may not have overlapping blocked ranges (booked time plus buffers). Half-open
 * ranges, so 10:00-11:00 and 11:00-12:00 do not overlap. btree_gist lets one GiST index combine
 * the unit's equality with the range overlap.
 */
export class Migration20261123100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`)
    this.addSql(`alter table "booking" add constraint "booking_range_valid" check ("starts_at" < "ends_at" and "blocked_from" <= "starts_at" and "blocked_until" >= "ends_at");`)
    this.addSql(
      `alter table "booking" add constraint "booking_no_overlap" exclude using gist ("unit_id" with =, tstzrange("blocked_from", "blocked_until", '[)') with &&) where ("status" in ('held', 'confirmed', 'checked_in') and "deleted_at" is null);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "booking" drop constraint if exists "booking_no_overlap";`)
    this.addSql(`alter table "booking" drop constraint if exists "booking_range_valid";`)
  }
}
