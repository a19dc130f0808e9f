import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * SQLite's counter of commits made by other connections (`pragma data_version`): a
 * repository that caches what it read compares it per request and re-reads only after a
 * change. Commits through the same connection do not move it, so each repository also
 * invalidates its cache after its own writes.
 */
export async function readDataVersion(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return Number(rows[0]?.data_version ?? 0);
}
