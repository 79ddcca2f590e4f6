import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What `model.define` cannot declare: the weighted word vector the search writes itself (words cut
 * in JavaScript, so Devanagari is never split by the database locale), its GIN index, and pg_trgm
 * with a GIN trigram index for typo-tolerant matching of Latin words.
 */
export class Migration20261204141900 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`alter table if exists "search_document" add column if not exists "search_vector" tsvector not null default ''::tsvector;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_vector" ON "search_document" USING gin ("search_vector") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_trgm" ON "search_document" USING gin ("trgm_text" gin_trgm_ops) WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_search_document_trgm";`)
    this.addSql(`drop index if exists "IDX_search_document_vector";`)
    this.addSql(`alter table if exists "search_document" drop column if exists "search_vector";`)
  }
}
