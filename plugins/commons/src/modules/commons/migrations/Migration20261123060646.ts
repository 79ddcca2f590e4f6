import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123060646 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pledge" drop constraint if exists "pledge_pool_id_customer_id_unique";`);
    this.addSql(`alter table if exists "group_buy_pool" drop constraint if exists "group_buy_pool_handle_unique";`);
    this.addSql(`create table if not exists "group_buy_pool" ("id" text not null, "handle" text not null, "title" text not null, "description" jsonb null, "product_id" text not null, "variant_id" text not null, "unit" text not null, "case_size" integer not null default 1, "currency_code" text not null default 'inr', "tiers" jsonb not null, "min_quantity" integer not null, "max_quantity" integer not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "fulfilment" text check ("fulfilment" in ('pickup', 'delivery')) not null default 'pickup', "pickup_point" text null, "freight_cost" numeric not null default 0, "handling_cost" numeric not null default 0, "cost_split" text check ("cost_split" in ('quantity', 'equal')) not null default 'quantity', "status" text check ("status" in ('draft', 'open', 'succeeded', 'failed', 'settled', 'cancelled')) not null default 'draft', "manager_type" text check ("manager_type" in ('admin', 'seller')) not null default 'admin', "manager_id" text null, "pledged_quantity" integer not null default 0, "final_quantity" integer null, "final_unit_price" numeric null, "decided_at" timestamptz null, "settled_at" timestamptz null, "raw_freight_cost" jsonb not null default '{"value":"0","precision":20}', "raw_handling_cost" jsonb not null default '{"value":"0","precision":20}', "raw_final_unit_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "group_buy_pool_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_pool_deleted_at" ON "group_buy_pool" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_group_buy_pool_handle_unique" ON "group_buy_pool" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_group_buy_pool_status_closes_at" ON "group_buy_pool" ("status", "closes_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pledge" ("id" text not null, "customer_id" text not null, "quantity" integer not null, "flex_quantity" integer not null default 0, "status" text check ("status" in ('active', 'withdrawn', 'captured', 'capture_failed', 'released')) not null default 'active', "payment_collection_id" text null, "payment_id" text null, "authorized_amount" numeric null, "allocated_quantity" integer null, "unit_price" numeric null, "cost_share" numeric null, "amount_due" numeric null, "order_id" text null, "capture_attempts" integer not null default 0, "last_error" text null, "pool_id" text not null, "raw_authorized_amount" jsonb null, "raw_unit_price" jsonb null, "raw_cost_share" jsonb null, "raw_amount_due" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pledge_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pledge_pool_id" ON "pledge" ("pool_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pledge_deleted_at" ON "pledge" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pledge_pool_id_customer_id_unique" ON "pledge" ("pool_id", "customer_id") WHERE deleted_at IS NULL AND status <> 'withdrawn';`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pledge_pool_id_status" ON "pledge" ("pool_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pledge" add constraint "pledge_pool_id_foreign" foreign key ("pool_id") references "group_buy_pool" ("id") on update cascade;`);
    // The pledged total can never leave [0, max_quantity], whatever code writes it.
    this.addSql(`alter table if exists "group_buy_pool" add constraint "group_buy_pool_pledged_within_cap" check ("pledged_quantity" >= 0 and "pledged_quantity" <= "max_quantity");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pledge" drop constraint if exists "pledge_pool_id_foreign";`);

    this.addSql(`drop table if exists "group_buy_pool" cascade;`);

    this.addSql(`drop table if exists "pledge" cascade;`);
  }

}
