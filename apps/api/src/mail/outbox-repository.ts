import type { Kysely } from 'kysely';
import type { MailMessage } from '@ngo-liaison/core';
import { newId } from '../access/secrets.js';
import type { Database } from '../storage/schema.js';

/** Mail addresses compare without case (the domain is case-free; local parts are, in practice). */
export const mailAddressKey = (address: string): string => address.trim().toLowerCase();

/**
 * The outbox (migration 0011). Writers enqueue in their own transaction, so a message exists
 * exactly when the write that causes it committed; a node's sender (outbox-sender.ts) sends them.
 */
export class OutboxRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /**
   * Adds messages in `db` (the caller's transaction, or the repository's database). A message
   * whose dedupeKey is already in the outbox is skipped. Returns how many were added.
   */
  async enqueue(messages: readonly MailMessage[], now: Date, db: Kysely<Database> = this.#db): Promise<number> {
    let added = 0;
    const at = now.toISOString();
    for (const message of messages) {
      const result = await db
        .insertInto('outbox')
        .values({
          id: newId(),
          kind: message.kind,
          recipient: mailAddressKey(message.to),
          dedupe_key: message.dedupeKey,
          state: 'pending',
          message: JSON.stringify(message),
          attempts: 0,
          next_attempt_at: at,
          claimed_until: null,
          last_error: null,
          created_at: at,
          sent_at: null,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }
}
