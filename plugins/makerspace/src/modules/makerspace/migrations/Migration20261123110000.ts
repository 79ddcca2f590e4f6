import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "booking" add column if not exists "payment_id" text null, add column if not exists "refund_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "booking" drop column if exists "payment_id", drop column if exists "refund_id";`);
  }

}
