import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { accountsMigration } from './accounts-migration.js';
import { changeLogMigration } from './change-log-migration.js';
import { dialogueMigration } from './dialogue-migration.js';
import { outboxMigration } from '../mail/outbox-migration.js';
import { mailMigration } from '../mail/mail-migration.js';
import { hearingMigration } from '../hearings/hearing-migration.js';
import { newsletterMigration } from '../newsletter/newsletter-migration.js';
import { consultationMigration } from '../consultations/consultation-migration.js';
import { meetingsMigration } from '../meetings/meetings-migration.js';
import { forumThemeMigration } from '../forum-themes/forum-theme-migration.js';
import { organizationWritesMigration } from './organization-writes-migration.js';
import { upgradePartnershipEvidence } from './upgrade-partnership-evidence.js';
import type { DatabaseKind } from './database-kind.js';

/**
 * Migrations live in code (not files on disk) so the bundled server carries them.
 * Append only: never change what one does on a database it has already run on. One set for
 * both databases: where SQL differs, a migration asks `kind`. On PostgreSQL, text columns
 * compare byte by byte (collation "C"), as SQLite's do and as the in-memory and msw paths
 * assume, so keyset pages follow the same order on both.
 */
function migrationsFor(kind: DatabaseKind): Record<string, Migration> {
  const text = kind === 'postgres' ? sql`text collate "C"` : 'text';
  const now = kind === 'postgres' ? sql`(CURRENT_TIMESTAMP::text)` : sql`CURRENT_TIMESTAMP`;
  return {
    '0001_organizations': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('organizations')
          .addColumn('id', text, (col) => col.primaryKey())
          .addColumn('sort_name', text, (col) => col.notNull())
          .addColumn('data', text, (col) => col.notNull())
          .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
          .execute();
        await db.schema.createIndex('organizations_sort').on('organizations').columns(['sort_name', 'id']).execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('organizations').execute();
      },
    },
    '0002_events': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('events')
          .addColumn('id', text, (col) => col.primaryKey())
          .addColumn('sort_start', text, (col) => col.notNull())
          .addColumn('all_day', 'integer', (col) => col.notNull())
          .addColumn('start_utc', text)
          .addColumn('end_utc', text)
          .addColumn('start_date', text)
          .addColumn('end_date', text)
          .addColumn('kind', text, (col) => col.notNull())
          .addColumn('status', text, (col) => col.notNull())
          .addColumn('sectors', text, (col) => col.notNull())
          .addColumn('countries', text, (col) => col.notNull())
          .addColumn('regions', text, (col) => col.notNull())
          .addColumn('sequence', 'integer', (col) => col.notNull())
          .addColumn('updated_at', text, (col) => col.notNull())
          .addColumn('data', text, (col) => col.notNull())
          .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
          .execute();
        await db.schema.createIndex('events_sort').on('events').columns(['sort_start', 'id']).execute();
        await db.schema.createIndex('events_timed').on('events').columns(['all_day', 'start_utc', 'end_utc']).execute();
        await db.schema.createIndex('events_days').on('events').columns(['all_day', 'start_date', 'end_date']).execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('events').execute();
      },
    },
    '0003_programmes': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('programmes')
          .addColumn('id', text, (col) => col.primaryKey())
          .addColumn('sort_title', text, (col) => col.notNull())
          .addColumn('sector', text, (col) => col.notNull())
          .addColumn('data', text, (col) => col.notNull())
          .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
          .execute();
        await db.schema
          .createTable('actions')
          .addColumn('id', text, (col) => col.primaryKey())
          .addColumn('organization_id', text, (col) => col.notNull())
          .addColumn('programme_id', text, (col) => col.notNull())
          .addColumn('start_date', text, (col) => col.notNull())
          .addColumn('end_date', text)
          .addColumn('data', text, (col) => col.notNull())
          .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
          .execute();
        await db.schema.createIndex('actions_programme').on('actions').columns(['programme_id', 'start_date']).execute();
        await db.schema.createIndex('actions_organization').on('actions').columns(['organization_id', 'start_date']).execute();
        await db.schema
          .createTable('focal_points')
          .addColumn('id', text, (col) => col.primaryKey())
          .addColumn('scope_kind', text, (col) => col.notNull())
          .addColumn('scope_value', text, (col) => col.notNull())
          .addColumn('data', text, (col) => col.notNull())
          .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
          .execute();
        await db.schema.createIndex('focal_points_scope').on('focal_points').columns(['scope_kind', 'scope_value']).execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('focal_points').execute();
        await db.schema.dropTable('actions').execute();
        await db.schema.dropTable('programmes').execute();
      },
    },
    /**
     * Partnership category apart from its evidence (issue 11): rewrites every stored
     * organisation, and replaces the real ones by the corrected sample records (until the
     * write path, every stored organisation is seed data). See upgrade-partnership-evidence.ts.
     */
    '0004_partnership_evidence': {
      up: upgradePartnershipEvidence,
      // The old shape cannot be rebuilt (the upgrade drops computed dates and copied names).
    },
    '0006_liaison_committee': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('liaison_committee_mandates')
          .addColumn('id', text, (col) => col.primaryKey())
          .addColumn('term_start', text, (col) => col.notNull())
          .addColumn('data', text, (col) => col.notNull())
          .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
          .execute();
        await db.schema
          .createTable('expert_designations')
          .addColumn('id', text, (col) => col.primaryKey())
          .addColumn('sector', text, (col) => col.notNull())
          .addColumn('organization_id', text, (col) => col.notNull())
          .addColumn('designated_on', text, (col) => col.notNull())
          .addColumn('data', text, (col) => col.notNull())
          .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
          .execute();
        await db.schema.createIndex('expert_designations_sector').on('expert_designations').columns(['sector', 'designated_on']).execute();

        // An action's actor is an organisation or a field office: stored actions become
        // { actor: { kind: 'organization', organization } } and the key columns follow.
        await db.schema
          .alterTable('actions')
          .addColumn('actor_kind', text, (col) => col.notNull().defaultTo('organization'))
          .execute();
        await db.schema
          .alterTable('actions')
          .addColumn('actor_id', text, (col) => col.notNull().defaultTo(''))
          .execute();
        await (kind === 'postgres'
          ? sql`update actions set actor_id = organization_id,
              data = ((data::jsonb - 'organization') || jsonb_build_object('actor', jsonb_build_object('kind', 'organization', 'organization', organization_id)))::text`
          : sql`update actions set actor_id = organization_id,
              data = json_set(json_remove(data, '$.organization'), '$.actor', json_object('kind', 'organization', 'organization', organization_id))`
        ).execute(db);
        await db.schema.dropIndex('actions_organization').execute();
        await db.schema.alterTable('actions').dropColumn('organization_id').execute();
        await db.schema.createIndex('actions_actor').on('actions').columns(['actor_kind', 'actor_id', 'start_date']).execute();
      },
      async down(db: Kysely<unknown>) {
        // Actions of field offices have no organisation to go back to: down refuses rather than lose them.
        const offices = await sql<{ n: number }>`select count(*) as n from actions where actor_kind <> 'organization'`.execute(db);
        if (Number(offices.rows[0]?.n ?? 0) > 0) throw new Error('0006_liaison_committee cannot be undone: some actions are by field offices');
        await db.schema
          .alterTable('actions')
          .addColumn('organization_id', text, (col) => col.notNull().defaultTo(''))
          .execute();
        await (kind === 'postgres'
          ? sql`update actions set organization_id = actor_id,
              data = ((data::jsonb - 'actor') || jsonb_build_object('organization', actor_id))::text`
          : sql`update actions set organization_id = actor_id,
              data = json_set(json_remove(data, '$.actor'), '$.organization', actor_id)`
        ).execute(db);
        await db.schema.dropIndex('actions_actor').execute();
        await db.schema.alterTable('actions').dropColumn('actor_kind').execute();
        await db.schema.alterTable('actions').dropColumn('actor_id').execute();
        await db.schema.createIndex('actions_organization').on('actions').columns(['organization_id', 'start_date']).execute();
        await db.schema.dropTable('expert_designations').execute();
        await db.schema.dropTable('liaison_committee_mandates').execute();
      },
    },
    '0005_sessions': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('sessions')
          .addColumn('id', text, (col) => col.primaryKey())
          .addColumn('body', text, (col) => col.notNull())
          .addColumn('start_date', text)
          .addColumn('end_date', text)
          .addColumn('parent_id', text)
          .addColumn('data', text, (col) => col.notNull())
          .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
          .execute();
        await db.schema.createIndex('sessions_body').on('sessions').columns(['body', 'start_date']).execute();
        // The session an event is part of, for GET /v1/events?session=…; events stored before
        // sessions existed have none, which is what their records say.
        await db.schema.alterTable('events').addColumn('session_id', text).execute();
        await db.schema.createIndex('events_session').on('events').columns(['session_id', 'sort_start']).execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('events_session').execute();
        await db.schema.alterTable('events').dropColumn('session_id').execute();
        await db.schema.dropTable('sessions').execute();
      },
    },
    '0007_change_log': changeLogMigration(kind),
    '0008_accounts': accountsMigration(text, now),
    '0009_organization_writes': organizationWritesMigration(kind, text),
    '0010_dialogue': dialogueMigration(kind, text),
    '0011_outbox': outboxMigration(kind, text),
    '0012_mail': mailMigration(text),
    '0013_newsletter': newsletterMigration(text),
    '0014_consultations': consultationMigration(text),
    '0015_hearings': hearingMigration(kind, text),
    '0016_meetings': meetingsMigration(text),
    '0017_forum_themes': forumThemeMigration(text),
  };
}

/** The migrations of one kind of database, for Kysely's Migrator. */
export function migrationProvider(kind: DatabaseKind): MigrationProvider {
  return { getMigrations: async () => migrationsFor(kind) };
}
