import type { Kysely } from 'kysely';
import { LOGGED_TABLES } from './change-log-migration.js';
import type { Database } from './schema.js';

/** Accounts' tables, children before the people they name. */
const ACCOUNT_TABLES = ['rate_limit_windows', 'invitations', 'web_sessions', 'access_tokens', 'role_grants', 'people'] as const;

/** The write path's tables (migrations 0009, 0010 and the dialogue's formats from 0013). */
const WRITE_TABLES = [
  'organization_revisions',
  'partnership_decisions',
  'audit_log',
  'idempotency_keys',
  'action_submissions',
  'inbox_reads',
  'inbox_items',
  'feedback',
  'recommendations',
  'hearings',
  'calendar_feeds',
  'meetings',
  'consultation_responses',
  'consultations',
  'newsletter_sends',
  'newsletter_subscribers',
  'newsletter_drafts',
  'newsletter_issues',
  'forum_phase_registrations',
  'forum_theme_choices',
  'forum_theme_supports',
  'forum_themes',
] as const;

/** Mail (migrations 0011 and 0012): the outbox, its deliveries, suppressed addresses, shared settings. */
const MAIL_TABLES = ['mail_deliveries', 'outbox', 'mail_suppressions', 'mail_settings', 'mail_preferences'] as const;

/** Deletes every row of every table, the change log included, in one transaction (an undone first start). */
export async function clearAllData(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of LOGGED_TABLES) await trx.deleteFrom(table).execute();
    for (const table of ACCOUNT_TABLES) await trx.deleteFrom(table).execute();
    for (const table of WRITE_TABLES) await trx.deleteFrom(table).execute();
    for (const table of MAIL_TABLES) await trx.deleteFrom(table).execute();
    await trx.deleteFrom('change_log').execute();
  });
}
