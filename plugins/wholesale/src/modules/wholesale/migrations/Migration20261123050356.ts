import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123050356 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "wholesale_terms" drop constraint if exists "wholesale_terms_variant_id_unique";`);
    this.addSql(`alter table if exists "seller_terms" drop constraint if exists "seller_terms_seller_id_unique";`);
    this.addSql(`alter table if exists "company_employee" drop constraint if exists "company_employee_customer_id_unique";`);
    this.addSql(`alter table if exists "company" drop constraint if exists "company_gst_number_unique";`);
    this.addSql(`create table if not exists "company" ("id" text not null, "name" text not null, "gst_number" text not null, "email" text not null, "phone" text null, "addresses" jsonb not null default '{"list":[]}', "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "payment_terms" text null, "customer_group_id" text null, "review_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_deleted_at" ON "company" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_gst_number_unique" ON "company" ("gst_number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "company_employee" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'buyer')) not null default 'buyer', "company_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "company_employee_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_employee_company_id" ON "company_employee" ("company_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_company_employee_deleted_at" ON "company_employee" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_company_employee_customer_id_unique" ON "company_employee" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote" ("id" text not null, "company_id" text not null, "customer_id" text not null, "seller_id" text null, "cart_id" text not null, "draft_order_id" text not null, "status" text check ("status" in ('pending_merchant', 'pending_customer', 'accepted', 'rejected', 'expired', 'withdrawn')) not null default 'pending_merchant', "currency_code" text not null, "total" numeric null, "lead_time_days" integer null, "round" integer not null default 0, "expires_at" timestamptz not null, "decided_at" timestamptz null, "raw_total" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_company_id_status" ON "quote" ("company_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_seller_id_status" ON "quote" ("seller_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_status_expires_at" ON "quote" ("status", "expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_message" ("id" text not null, "author_type" text check ("author_type" in ('customer', 'seller', 'admin', 'system')) not null, "author_id" text null, "kind" text check ("kind" in ('request', 'message', 'counter_offer', 'accepted', 'rejected', 'expired', 'withdrawn')) not null default 'message', "body" text null, "proposal" jsonb null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id" ON "quote_message" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_terms" ("id" text not null, "seller_id" text not null, "min_order_value" jsonb null, "payment_terms" text null, "lead_time_days" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_terms_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_terms_deleted_at" ON "seller_terms" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_terms_seller_id_unique" ON "seller_terms" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wholesale_terms" ("id" text not null, "variant_id" text not null, "product_id" text not null, "seller_id" text null, "min_order_quantity" integer not null default 1, "case_pack" integer not null default 1, "lead_time_days" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wholesale_terms_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_terms_deleted_at" ON "wholesale_terms" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wholesale_terms_variant_id_unique" ON "wholesale_terms" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wholesale_terms_seller_id" ON "wholesale_terms" ("seller_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "company_employee" add constraint "company_employee_company_id_foreign" foreign key ("company_id") references "company" ("id") on update cascade;`);

    this.addSql(`alter table if exists "quote_message" add constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "company_employee" drop constraint if exists "company_employee_company_id_foreign";`);

    this.addSql(`alter table if exists "quote_message" drop constraint if exists "quote_message_quote_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);

    this.addSql(`drop table if exists "company_employee" cascade;`);

    this.addSql(`drop table if exists "quote" cascade;`);

    this.addSql(`drop table if exists "quote_message" cascade;`);

    this.addSql(`drop table if exists "seller_terms" cascade;`);

    this.addSql(`drop table if exists "wholesale_terms" cascade;`);
  }

}
