import type { Kysely, Migration, RawBuilder } from 'kysely';

/** Migration 0013: the newsletter's issues, drafts, subscribers and sends (newsletter-tables.ts). */
export function newsletterMigration(text: RawBuilder<unknown> | 'text'): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('newsletter_issues')
        .addColumn('month', text, (col) => col.notNull())
        .addColumn('language', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .addColumn('composed_at', text, (col) => col.notNull())
        .addColumn('sent_at', text)
        .addPrimaryKeyConstraint('newsletter_issues_pk', ['month', 'language'])
        .execute();
      await db.schema
        .createTable('newsletter_drafts')
        .addColumn('month', text, (col) => col.primaryKey())
        .addColumn('data', text, (col) => col.notNull())
        .addColumn('updated_at', text, (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('newsletter_subscribers')
        .addColumn('address', text, (col) => col.primaryKey())
        .addColumn('language', text, (col) => col.notNull())
        .addColumn('topics', text, (col) => col.notNull())
        .addColumn('state', text, (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('confirmed_at', text)
        .addColumn('updated_at', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('newsletter_subscribers_state').on('newsletter_subscribers').columns(['state', 'created_at']).execute();
      await db.schema
        .createTable('newsletter_sends')
        .addColumn('month', text, (col) => col.primaryKey())
        .addColumn('sent_at', text, (col) => col.notNull())
        .addColumn('recipients', 'integer', (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['newsletter_sends', 'newsletter_subscribers', 'newsletter_drafts', 'newsletter_issues']) await db.schema.dropTable(table).execute();
    },
  };
}
