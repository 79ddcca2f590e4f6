import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123023136 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_seller_id_user_id_unique";`);
    this.addSql(`alter table if exists "seller_user" drop constraint if exists "seller_user_email_unique";`);
    this.addSql(`alter table if exists "seller_order" drop constraint if exists "seller_order_seller_id_order_id_unique";`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_handle_unique";`);
    this.addSql(`create table if not exists "seller" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('artisan', 'workshop')) not null default 'artisan', "crafts" text[] not null default '{}', "area" text null, "story" jsonb null, "photo_url" text null, "contact" jsonb null, "verification_status" text check ("verification_status" in ('unverified', 'pending', 'verified', 'rejected')) not null default 'unverified', "gst_number" text null, "artisan_card" text null, "payout_details" jsonb null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "commission_rate" real not null default 10, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_audit_entry" ("id" text not null, "seller_id" text not null, "user_id" text not null, "role" text not null, "action" text not null, "resource_type" text not null, "resource_id" text null, "details" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_audit_entry_deleted_at" ON "seller_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_audit_entry_seller_id_created_at" ON "seller_audit_entry" ("seller_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_order" ("id" text not null, "seller_id" text not null, "order_id" text not null, "currency_code" text not null, "item_ids" text[] not null, "subtotal" numeric not null, "commission_rate" real not null, "commission_amount" numeric not null, "digipreneur_user_id" text null, "digipreneur_share" real not null default 0, "digipreneur_amount" numeric not null, "payout_due" numeric not null, "payout_status" text check ("payout_status" in ('pending', 'paid')) not null default 'pending', "raw_subtotal" jsonb not null, "raw_commission_amount" jsonb not null, "raw_digipreneur_amount" jsonb not null, "raw_payout_due" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_order_deleted_at" ON "seller_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_order_seller_id_order_id_unique" ON "seller_order" ("seller_id", "order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_order_order_id" ON "seller_order" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_user" ("id" text not null, "email" text not null, "name" text not null, "phone" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_user_deleted_at" ON "seller_user" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_user_email_unique" ON "seller_user" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_member" ("id" text not null, "role" text check ("role" in ('owner', 'staff', 'digipreneur')) not null, "revenue_share" real not null default 0, "revoked_at" timestamptz null, "seller_id" text not null, "user_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_seller_id" ON "seller_member" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_user_id" ON "seller_member" ("user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_member_deleted_at" ON "seller_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_member_seller_id_user_id_unique" ON "seller_member" ("seller_id", "user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_member" add constraint "seller_member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);
    this.addSql(`alter table if exists "seller_member" add constraint "seller_member_user_id_foreign" foreign key ("user_id") references "seller_user" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_seller_id_foreign";`);

    this.addSql(`alter table if exists "seller_member" drop constraint if exists "seller_member_user_id_foreign";`);

    this.addSql(`drop table if exists "seller" cascade;`);

    this.addSql(`drop table if exists "seller_audit_entry" cascade;`);

    this.addSql(`drop table if exists "seller_order" cascade;`);

    this.addSql(`drop table if exists "seller_user" cascade;`);

    this.addSql(`drop table if exists "seller_member" cascade;`);
  }

}
