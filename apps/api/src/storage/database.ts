import type { Kysely } from 'kysely';
import type { DatabaseKind } from './database-kind.js';
import { openPostgres, redactUrl, type PostgresOptions } from './postgres.js';
import type { Database } from './schema.js';
import { migrateToLatest } from './migrate.js';
import { openSqlite } from './sqlite.js';

const FIRST_MIGRATION = '0001_organizations';

/** Where the data lives: an SQLite file (the default) or a PostgreSQL URL. */
export type DatabaseLocation = { dbFile: string } | { databaseUrl: string };

/** An open, migrated database and what kind it is. */
export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** For messages: the file, or the URL without its password. */
  label: string;
  /** This open created the schema (the first migration ran): a failed first start may clear what it wrote. */
  created: boolean;
}

/**
 * The location the server and the command line use: `DATABASE_URL` (postgres://…) when set,
 * else `DATABASE_FILE`, else `defaultFile`.
 */
export function databaseLocationFromEnv(env: NodeJS.ProcessEnv, defaultFile: string): DatabaseLocation {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`DATABASE_URL must be a postgres:// URL, got "${redactUrl(url)}"`);
    return { databaseUrl: url };
  }
  return { dbFile: env.DATABASE_FILE?.trim() || defaultFile };
}

/** Opens the database at `location` and, unless `migrate: false`, applies pending migrations. */
export async function openDatabase(location: DatabaseLocation, options: PostgresOptions & { migrate?: boolean } = {}): Promise<OpenDatabase> {
  const { migrate = true, ...postgres } = options;
  const opened =
    'databaseUrl' in location
      ? { db: await openPostgres(location.databaseUrl, postgres), kind: 'postgres' as const, label: redactUrl(location.databaseUrl) }
      : { db: await openSqlite(location.dbFile), kind: 'sqlite' as const, label: location.dbFile };
  try {
    const applied = migrate ? await migrateToLatest(opened.db, opened.kind, opened.label) : [];
    return { ...opened, created: applied.includes(FIRST_MIGRATION) };
  } catch (error) {
    await opened.db.destroy();
    throw error;
  }
}
