import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Invariants PostgreSQL keeps whatever the code does: a post is never overfilled; trade filters use GIN. */
export class Migration20261123060600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "job_post" drop constraint if exists "job_post_filled_within_openings";`)
    this.addSql(`alter table if exists "job_post" add constraint "job_post_filled_within_openings" check ("filled" >= 0 and "filled" <= "openings" and "openings" >= 1);`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_post_trades_gin" ON "job_post" USING gin ("trades") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_karigar_profile_trades_gin" ON "karigar_profile" USING gin ("trades") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "job_post" drop constraint if exists "job_post_filled_within_openings";`)
    this.addSql(`drop index if exists "IDX_job_post_trades_gin";`)
    this.addSql(`drop index if exists "IDX_karigar_profile_trades_gin";`)
  }
}
