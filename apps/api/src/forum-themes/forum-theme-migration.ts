import { type Kysely, type Migration, type RawBuilder } from 'kysely';

/** Migration 0017: forum themes, their supports, each event's choice, and phase registrations (forum-theme-tables.ts). */
export function forumThemeMigration(text: RawBuilder<unknown> | 'text'): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('forum_themes')
        .addColumn('id', text, (col) => col.primaryKey())
        .addColumn('event_id', text, (col) => col.notNull())
        .addColumn('proposer_key', text, (col) => col.notNull())
        .addColumn('proposed_at', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('forum_themes_event').on('forum_themes').columns(['event_id', 'proposed_at']).execute();
      await db.schema
        .createTable('forum_theme_supports')
        .addColumn('theme_id', text, (col) => col.notNull())
        .addColumn('supporter_key', text, (col) => col.notNull())
        .addColumn('event_id', text, (col) => col.notNull())
        .addColumn('supporter', text, (col) => col.notNull())
        .addColumn('supported_at', text, (col) => col.notNull())
        .addPrimaryKeyConstraint('forum_theme_supports_pk', ['theme_id', 'supporter_key'])
        .execute();
      await db.schema.createIndex('forum_theme_supports_event').on('forum_theme_supports').columns(['event_id']).execute();
      await db.schema
        .createTable('forum_theme_choices')
        .addColumn('event_id', text, (col) => col.primaryKey())
        .addColumn('theme_id', text, (col) => col.notNull())
        .addColumn('chosen_at', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('forum_phase_registrations')
        .addColumn('event_id', text, (col) => col.notNull())
        .addColumn('country', text, (col) => col.notNull())
        .addColumn('phase', text, (col) => col.notNull())
        .addColumn('role', text, (col) => col.notNull())
        .addColumn('registered_at', text, (col) => col.notNull())
        .addColumn('updated_at', text, (col) => col.notNull())
        .addPrimaryKeyConstraint('forum_phase_registrations_pk', ['event_id', 'country', 'phase'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['forum_phase_registrations', 'forum_theme_choices', 'forum_theme_supports', 'forum_themes']) await db.schema.dropTable(table).execute();
    },
  };
}
