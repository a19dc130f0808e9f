import { sql, type Kysely } from 'kysely';
import { eraseContactFromJson } from '@ngo-liaison/core';
import { jsonStringPattern } from './json-like.js';
import type { Database } from './schema.js';

/** How long a key is kept: a client retrying a creation within a day gets the first answer. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface StoredAnswer {
  requestHash: string;
  status: number;
  body: string;
  location: string | null;
}

/** The first answer to each creation, per credential and Idempotency-Key (migration 0009). */
export class IdempotencyRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** The answer stored for (credential, key) within the last 24 hours of `now`. */
  async find(credentialId: string, key: string, now: Date, db: Kysely<Database> = this.#db): Promise<StoredAnswer | undefined> {
    const row = await db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'status', 'body', 'location'])
      .where('credential_id', '=', credentialId)
      .where('key', '=', key)
      .where('created_at', '>', new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString())
      .executeTakeFirst();
    return row ? { requestHash: row.request_hash, status: Number(row.status), body: row.body, location: row.location } : undefined;
  }

  /**
   * Stores the answer in the write's own transaction, replacing an expired entry for the same
   * key. A concurrent request with the same key fails on the primary key and rolls its write back.
   */
  async save(db: Kysely<Database>, credentialId: string, key: string, answer: StoredAnswer, now: Date): Promise<void> {
    const expired = new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString();
    await db.deleteFrom('idempotency_keys').where('created_at', '<=', expired).execute();
    await db
      .insertInto('idempotency_keys')
      .values({ credential_id: credentialId, key, request_hash: answer.requestHash, status: answer.status, body: answer.body, location: answer.location, created_at: now.toISOString() })
      .execute();
  }

  /** Erasure reaches stored answers too (a decision's or a creation's body may hold the contact). */
  async eraseContact(db: Kysely<Database>, value: string): Promise<void> {
    const pattern = jsonStringPattern(value);
    const rows = await db
      .selectFrom('idempotency_keys')
      .select(['credential_id', 'key', 'body'])
      .where(sql<boolean>`body like ${pattern} escape '\\'`)
      .execute();
    for (const row of rows) {
      const body = JSON.stringify(eraseContactFromJson(JSON.parse(row.body) as unknown, value));
      await db.updateTable('idempotency_keys').set({ body }).where('credential_id', '=', row.credential_id).where('key', '=', row.key).execute();
    }
  }
}
