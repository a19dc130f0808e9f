import { sql } from 'kysely';
import type { Storage } from './storage.js';

/**
 * Runs `work` (seeding) while holding a session-level advisory lock on PostgreSQL, so nodes
 * that start together on an empty database seed it exactly once: the others wait, then find
 * it seeded. On SQLite the seeding transactions themselves serialise writers of the one file.
 */
export async function withStartupLock<T>(storage: Storage, work: () => Promise<T>): Promise<T> {
  if (storage.kind !== 'postgres') return work();
  return storage.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(hashtext('liaison_startup'))`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(hashtext('liaison_startup'))`.execute(connection);
    }
  });
}
