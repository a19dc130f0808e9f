import { Migrator, type Kysely } from 'kysely';
import type { DatabaseKind } from './database-kind.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './schema.js';

/**
 * Applies pending migrations; throws naming the database and the migration that failed. On
 * PostgreSQL, Kysely's migrator holds an advisory lock and runs each migration in a
 * transaction, so nodes that start together on an empty database migrate it exactly once.
 */
export async function migrateToLatest(db: Kysely<Database>, kind: DatabaseKind, label: string): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider(kind) }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database ${label}: migration ${failed} failed: ${String((error as Error).message ?? error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
