import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123030851 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_check_in_code_unique";`);
    this.addSql(`alter table if exists "tool_house" drop constraint if exists "tool_house_handle_unique";`);
    this.addSql(`alter table if exists "customer_qualification" drop constraint if exists "customer_qualification_customer_id_qualification_id_unique";`);
    this.addSql(`alter table if exists "qualification" drop constraint if exists "qualification_code_unique";`);
    this.addSql(`create table if not exists "qualification" ("id" text not null, "code" text not null, "name" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "qualification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_qualification_deleted_at" ON "qualification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_qualification_code_unique" ON "qualification" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_qualification" ("id" text not null, "customer_id" text not null, "source" text not null default 'admin', "qualification_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_qualification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_qualification_qualification_id" ON "customer_qualification" ("qualification_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_qualification_deleted_at" ON "customer_qualification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_qualification_customer_id_qualification_id_unique" ON "customer_qualification" ("customer_id", "qualification_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tool_house" ("id" text not null, "handle" text not null, "name" text not null, "area" text null, "address_landmark" text null, "description" jsonb null, "photos" text[] not null default '{}', "timezone" text not null default 'Asia/Kolkata', "opening_hours" jsonb not null, "status" text check ("status" in ('active', 'inactive')) not null default 'active', "seller_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tool_house_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tool_house_deleted_at" ON "tool_house" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tool_house_handle_unique" ON "tool_house" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "outage" ("id" text not null, "unit_id" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "tool_house_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "outage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outage_tool_house_id" ON "outage" ("tool_house_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_outage_deleted_at" ON "outage" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bookable_unit" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('bench', 'machine', 'storage_bay')) not null, "description" jsonb null, "min_minutes" integer not null default 60, "max_minutes" integer not null default 480, "slot_minutes" integer not null default 30, "min_notice_minutes" integer not null default 60, "max_advance_days" integer not null default 30, "buffer_before_minutes" integer not null default 0, "buffer_after_minutes" integer not null default 0, "daily_cap_minutes" integer null, "required_qualification_id" text null, "variant_id" text null, "active" boolean not null default true, "tool_house_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bookable_unit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_unit_tool_house_id" ON "bookable_unit" ("tool_house_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bookable_unit_deleted_at" ON "bookable_unit" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "booking" ("id" text not null, "customer_id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "blocked_from" timestamptz not null, "blocked_until" timestamptz not null, "status" text check ("status" in ('held', 'confirmed', 'checked_in', 'cancelled', 'expired', 'no_show')) not null default 'held', "hold_expires_at" timestamptz null, "cart_id" text null, "line_item_id" text null, "order_id" text null, "check_in_code" text not null, "amount" numeric null, "currency_code" text null, "cancelled_at" timestamptz null, "refund_amount" numeric null, "checked_in_at" timestamptz null, "unit_id" text not null, "raw_amount" jsonb null, "raw_refund_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "booking_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_unit_id" ON "booking" ("unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_deleted_at" ON "booking" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_booking_check_in_code_unique" ON "booking" ("check_in_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_customer_id_starts_at" ON "booking" ("customer_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_booking_unit_id_status" ON "booking" ("unit_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_qualification" add constraint "customer_qualification_qualification_id_foreign" foreign key ("qualification_id") references "qualification" ("id") on update cascade;`);

    this.addSql(`alter table if exists "outage" add constraint "outage_tool_house_id_foreign" foreign key ("tool_house_id") references "tool_house" ("id") on update cascade;`);

    this.addSql(`alter table if exists "bookable_unit" add constraint "bookable_unit_tool_house_id_foreign" foreign key ("tool_house_id") references "tool_house" ("id") on update cascade;`);

    this.addSql(`alter table if exists "booking" add constraint "booking_unit_id_foreign" foreign key ("unit_id") references "bookable_unit" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_qualification" drop constraint if exists "customer_qualification_qualification_id_foreign";`);

    this.addSql(`alter table if exists "outage" drop constraint if exists "outage_tool_house_id_foreign";`);

    this.addSql(`alter table if exists "bookable_unit" drop constraint if exists "bookable_unit_tool_house_id_foreign";`);

    this.addSql(`alter table if exists "booking" drop constraint if exists "booking_unit_id_foreign";`);

    this.addSql(`drop table if exists "qualification" cascade;`);

    this.addSql(`drop table if exists "customer_qualification" cascade;`);

    this.addSql(`drop table if exists "tool_house" cascade;`);

    this.addSql(`drop table if exists "outage" cascade;`);

    this.addSql(`drop table if exists "bookable_unit" cascade;`);

    this.addSql(`drop table if exists "booking" cascade;`);
  }

}
