import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123081537 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "workshop_seat" drop constraint if exists "workshop_seat_session_id_customer_id_unique";`);
    this.addSql(`alter table if exists "lesson_progress" drop constraint if exists "lesson_progress_enrolment_id_lesson_id_unique";`);
    this.addSql(`alter table if exists "enrolment" drop constraint if exists "enrolment_course_id_customer_id_unique";`);
    this.addSql(`alter table if exists "course" drop constraint if exists "course_product_id_unique";`);
    this.addSql(`alter table if exists "course" drop constraint if exists "course_handle_unique";`);
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_enrolment_id_unique";`);
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_code_unique";`);
    this.addSql(`create table if not exists "certificate" ("id" text not null, "code" text not null, "enrolment_id" text not null, "course_id" text not null, "customer_id" text not null, "holder_name" text not null, "course_title" text not null, "teacher_name" text not null, "issued_at" timestamptz not null, "qualification_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_code_unique" ON "certificate" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_enrolment_id_unique" ON "certificate" ("enrolment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_customer_id" ON "certificate" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "course" ("id" text not null, "handle" text not null, "title" text not null, "title_i18n" jsonb null, "summary" text null, "description" text null, "teacher_type" text check ("teacher_type" in ('seller', 'expert')) not null default 'expert', "teacher_seller_id" text null, "teacher_name" text not null, "teacher_bio" text null, "languages" text[] not null default '{}', "level" text check ("level" in ('beginner', 'intermediate', 'advanced')) not null default 'beginner', "craft" text not null, "thumbnail" text null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "is_free" boolean not null default false, "product_id" text null, "grants_qualification_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "course_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_deleted_at" ON "course" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_course_handle_unique" ON "course" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_course_product_id_unique" ON "course" ("product_id") WHERE deleted_at IS NULL AND product_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_status_craft" ON "course" ("status", "craft") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "enrolment" ("id" text not null, "customer_id" text not null, "source" text check ("source" in ('order', 'free', 'workshop', 'admin')) not null default 'order', "order_id" text null, "completed_at" timestamptz null, "course_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enrolment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrolment_course_id" ON "enrolment" ("course_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrolment_deleted_at" ON "enrolment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enrolment_course_id_customer_id_unique" ON "enrolment" ("course_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrolment_customer_id" ON "enrolment" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lesson" ("id" text not null, "position" integer not null default 0, "title" text not null, "kind" text check ("kind" in ('video', 'text', 'file')) not null default 'text', "body" text null, "video_url" text null, "files" jsonb not null default '[]', "is_preview" boolean not null default false, "duration_minutes" integer null, "course_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lesson_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_course_id" ON "lesson" ("course_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_deleted_at" ON "lesson" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_course_id_position" ON "lesson" ("course_id", "position") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lesson_progress" ("id" text not null, "lesson_id" text not null, "completed_at" timestamptz not null, "enrolment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lesson_progress_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_progress_enrolment_id" ON "lesson_progress" ("enrolment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_progress_deleted_at" ON "lesson_progress" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lesson_progress_enrolment_id_lesson_id_unique" ON "lesson_progress" ("enrolment_id", "lesson_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "workshop_session" ("id" text not null, "title" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "timezone" text not null default 'Asia/Kolkata', "mode" text check ("mode" in ('online', 'in_person')) not null default 'in_person', "online_url" text null, "place" text null, "language" text not null default 'hi', "seat_limit" integer not null, "variant_id" text null, "status" text check ("status" in ('scheduled', 'cancelled')) not null default 'scheduled', "course_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "workshop_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_session_course_id" ON "workshop_session" ("course_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_session_deleted_at" ON "workshop_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_session_course_id_starts_at" ON "workshop_session" ("course_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_session_starts_at" ON "workshop_session" ("starts_at") WHERE deleted_at IS NULL;`);

    // PostgreSQL keeps a session sane whatever writes it: at least one seat, and an end after the start.
    this.addSql(`alter table "workshop_session" add constraint "workshop_session_seats_check" check ("seat_limit" >= 1 and "ends_at" > "starts_at");`);
    this.addSql(`create table if not exists "workshop_seat" ("id" text not null, "customer_id" text not null, "status" text check ("status" in ('held', 'confirmed', 'cancelled', 'expired')) not null default 'held', "hold_expires_at" timestamptz null, "cart_id" text null, "line_item_id" text null, "order_id" text null, "confirmed_at" timestamptz null, "session_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "workshop_seat_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_seat_session_id" ON "workshop_seat" ("session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_seat_deleted_at" ON "workshop_seat" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_workshop_seat_session_id_customer_id_unique" ON "workshop_seat" ("session_id", "customer_id") WHERE deleted_at IS NULL AND status IN ('held', 'confirmed');`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_seat_session_id_status" ON "workshop_seat" ("session_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_workshop_seat_customer_id" ON "workshop_seat" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "enrolment" add constraint "enrolment_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`);

    this.addSql(`alter table if exists "lesson" add constraint "lesson_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "lesson_progress" add constraint "lesson_progress_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "workshop_session" add constraint "workshop_session_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "workshop_seat" add constraint "workshop_seat_session_id_foreign" foreign key ("session_id") references "workshop_session" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "enrolment" drop constraint if exists "enrolment_course_id_foreign";`);

    this.addSql(`alter table if exists "lesson" drop constraint if exists "lesson_course_id_foreign";`);

    this.addSql(`alter table if exists "workshop_session" drop constraint if exists "workshop_session_course_id_foreign";`);

    this.addSql(`alter table if exists "lesson_progress" drop constraint if exists "lesson_progress_enrolment_id_foreign";`);

    this.addSql(`alter table if exists "workshop_seat" drop constraint if exists "workshop_seat_session_id_foreign";`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "course" cascade;`);

    this.addSql(`drop table if exists "enrolment" cascade;`);

    this.addSql(`drop table if exists "lesson" cascade;`);

    this.addSql(`drop table if exists "lesson_progress" cascade;`);

    this.addSql(`drop table if exists "workshop_session" cascade;`);

    this.addSql(`drop table if exists "workshop_seat" cascade;`);
  }

}
