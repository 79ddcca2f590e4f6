import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What `model.define` cannot declare: the weighted word vector the search writes itself (words cut
 * and folded in JavaScript), its GIN index, and the vocabulary of Latin words with a pg_trgm GIN
 * index that typos are corrected against.
 */
export class Migration20261204141900 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`alter table if exists "search_document" add column if not exists "search_vector" tsvector not null default ''::tsvector;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_vector" ON "search_document" USING gin ("search_vector") WHERE deleted_at IS NULL;`)
    // Every Latin word of four letters or more ever indexed: what a typo is corrected against.
    this.addSql(`create table if not exists "search_word" ("word" text collate "C" not null, constraint "search_word_pkey" primary key ("word"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_word_trgm" ON "search_word" USING gin ("word" gin_trgm_ops);`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_word";`)
    this.addSql(`drop index if exists "IDX_search_document_vector";`)
    this.addSql(`alter table if exists "search_document" drop column if exists "search_vector";`)
  }
}
