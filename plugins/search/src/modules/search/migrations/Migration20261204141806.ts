import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204141806 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "search_document" drop constraint if exists "search_document_type_ref_id_unique";`);
    this.addSql(`create table if not exists "search_document" ("id" text not null, "type" text check ("type" in ('product', 'maker', 'course', 'job', 'tool_house')) not null, "ref_id" text not null, "handle" text null, "title" text not null, "title_i18n" jsonb null, "subtitle" text null, "body" text null, "keywords" text[] not null default '{}', "categories" text[] not null default '{}', "category_labels" jsonb null, "crafts" text[] not null default '{}', "area" text null, "languages" text[] not null default '{}', "prices" jsonb null, "wholesale" boolean not null default false, "thumbnail" text null, "data" jsonb null, "trgm_text" text not null default '', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_document_type_ref_id_unique" ON "search_document" ("type", "ref_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_type" ON "search_document" ("type") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`);
  }

}
