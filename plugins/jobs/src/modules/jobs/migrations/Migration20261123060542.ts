import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123060542 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "karigar_profile" drop constraint if exists "karigar_profile_customer_id_unique";`);
    this.addSql(`alter table if exists "job_report" drop constraint if exists "job_report_post_id_reporter_id_unique";`);
    this.addSql(`alter table if exists "job_application" drop constraint if exists "job_application_post_id_karigar_id_unique";`);
    this.addSql(`alter table if exists "employer_profile" drop constraint if exists "employer_profile_customer_id_unique";`);
    this.addSql(`alter table if exists "employer_profile" drop constraint if exists "employer_profile_seller_id_unique";`);
    this.addSql(`create table if not exists "contact_reveal" ("id" text not null, "application_id" text not null, "viewer_type" text check ("viewer_type" in ('employer', 'karigar')) not null, "viewer_id" text not null, "actor_id" text not null, "subject_type" text check ("subject_type" in ('employer', 'karigar')) not null, "subject_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contact_reveal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contact_reveal_deleted_at" ON "contact_reveal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contact_reveal_viewer_type_viewer_id_created_at" ON "contact_reveal" ("viewer_type", "viewer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contact_reveal_application_id" ON "contact_reveal" ("application_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "employer_profile" ("id" text not null, "kind" text check ("kind" in ('seller', 'business')) not null, "seller_id" text null, "customer_id" text null, "name" text not null, "area" text not null, "about" text null, "verified" boolean not null default false, "verified_at" timestamptz null, "phone" text null, "email" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "employer_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employer_profile_deleted_at" ON "employer_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employer_profile_seller_id_unique" ON "employer_profile" ("seller_id") WHERE deleted_at IS NULL AND seller_id IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employer_profile_customer_id_unique" ON "employer_profile" ("customer_id") WHERE deleted_at IS NULL AND customer_id IS NOT NULL;`);

    this.addSql(`create table if not exists "job_application" ("id" text not null, "post_id" text not null, "karigar_id" text not null, "employer_id" text not null, "status" text check ("status" in ('applied', 'shortlisted', 'rejected', 'hired', 'withdrawn')) not null default 'applied', "note" text null, "shortlisted_at" timestamptz null, "decided_at" timestamptz null, "contact_shared_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "job_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_application_deleted_at" ON "job_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_job_application_post_id_karigar_id_unique" ON "job_application" ("post_id", "karigar_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_application_karigar_id" ON "job_application" ("karigar_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_application_employer_id_status" ON "job_application" ("employer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "job_post" ("id" text not null, "employer_id" text not null, "title" text not null, "description" text null, "skills" jsonb not null default '[]', "trades" text[] not null default '{}', "employment_type" text check ("employment_type" in ('daily', 'short_term', 'long_term')) not null, "wage_amount" integer not null, "wage_period" text check ("wage_period" in ('day', 'month')) not null, "shifts" text[] not null default '{}', "area" text not null, "landmark" text null, "address" text null, "openings" integer not null, "filled" integer not null default 0, "starts_on" timestamptz not null, "ends_on" timestamptz null, "expires_at" timestamptz not null, "status" text check ("status" in ('pending', 'live', 'rejected', 'filled', 'closed', 'expired', 'removed')) not null default 'pending', "moderation_note" text null, "moderated_at" timestamptz null, "report_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "job_post_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_post_deleted_at" ON "job_post" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_post_status_expires_at" ON "job_post" ("status", "expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_post_employer_id_status" ON "job_post" ("employer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_post_area" ON "job_post" ("area") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "job_report" ("id" text not null, "post_id" text not null, "reporter_id" text not null, "reason" text check ("reason" in ('asks_for_money', 'fake_job', 'unsafe_work', 'wrong_wage', 'child_labour', 'other')) not null, "details" text null, "status" text check ("status" in ('open', 'dismissed', 'actioned')) not null default 'open', "resolution_note" text null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "job_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_report_deleted_at" ON "job_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_job_report_post_id_reporter_id_unique" ON "job_report" ("post_id", "reporter_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_job_report_status" ON "job_report" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "karigar_profile" ("id" text not null, "customer_id" text not null, "name" text not null, "photo_url" text null, "skills" jsonb not null default '[]', "trades" text[] not null default '{}', "years_experience" integer not null default 0, "languages" text[] not null default '{}', "expected_wage" integer null, "wage_period" text check ("wage_period" in ('day', 'month')) not null default 'day', "area" text not null, "available_from" timestamptz null, "available_tomorrow" boolean not null default false, "portfolio_urls" text[] not null default '{}', "story" text null, "phone" text null, "email" text null, "status" text check ("status" in ('active', 'hidden')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "karigar_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_karigar_profile_deleted_at" ON "karigar_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_karigar_profile_customer_id_unique" ON "karigar_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_karigar_profile_area" ON "karigar_profile" ("area") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "contact_reveal" cascade;`);

    this.addSql(`drop table if exists "employer_profile" cascade;`);

    this.addSql(`drop table if exists "job_application" cascade;`);

    this.addSql(`drop table if exists "job_post" cascade;`);

    this.addSql(`drop table if exists "job_report" cascade;`);

    this.addSql(`drop table if exists "karigar_profile" cascade;`);
  }

}
