import type { Kysely } from 'kysely';
import type { Refusal } from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';
import type { Storage } from '../storage/storage.js';

/**
 * The stored version moved between the read and the write inside a transaction (another node
 * published in between): the transaction rolls back and the route answers with what is now current.
 */
export class VersionRaceError extends Error {
  override readonly name = 'VersionRaceError';
}

/**
 * Runs `work` — read the record, ask core, write the outcome and its audit entry — in one
 * transaction, so an acknowledged write and its audit entry are stored together or not at all.
 * Then reads the change log, so this node serves the change at once (search, facets, exports,
 * matching); a failing poll is left to the background one: the write is committed.
 */
export async function commitWrite<T>(storage: Storage, work: (db: Kysely<Database>) => Promise<T | Refusal>): Promise<T | Refusal> {
  const result = await storage.db.transaction().execute(work);
  if (!(typeof result === 'object' && result !== null && 'kind' in result && result.kind === 'refuse')) {
    await storage.changes.poll().catch(() => {});
  }
  return result;
}
