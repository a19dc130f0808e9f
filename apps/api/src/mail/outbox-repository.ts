import type { Kysely } from 'kysely';
import type { OutboxState } from './outbox-state.js';
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

  /** How many messages are in each state. */
  async counts(): Promise<Record<OutboxState, number>> {
    const rows = await this.#db
      .selectFrom('outbox')
      .select((eb) => ['state', eb.fn.countAll<number>().as('n')])
      .groupBy('state')
      .execute();
    const counts: Record<OutboxState, number> = { pending: 0, sending: 0, sent: 0, failed: 0, suppressed: 0 };
    for (const row of rows) counts[row.state as OutboxState] = Number(row.n);
    return counts;
  }

  /** Messages in `states`, oldest first, without their bodies (at most `limit`). */
  async list(states: readonly OutboxState[], limit = 500): Promise<OutboxEntry[]> {
    const rows = await this.#db
      .selectFrom('outbox')
      .select(['id', 'kind', 'recipient', 'state', 'attempts', 'next_attempt_at', 'last_error', 'created_at', 'sent_at'])
      .where('state', 'in', [...states])
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      recipient: row.recipient,
      state: row.state as OutboxState,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      lastError: row.last_error,
      createdAt: row.created_at,
      sentAt: row.sent_at,
    }));
  }

  /**
   * Sends a failed (or suppressed) message again at the next turn of a sender: one more
   * attempt, after which a failure is final again. Naming a message to an address that
   * bounced hard lifts the address's suppression (the operator says it works now).
   * Returns the message's previous state, or undefined when there is no such message.
   */
  async retry(id: string, now: Date): Promise<{ previous: OutboxState; recipient: string; unsuppressed: boolean } | undefined> {
    return await this.#db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('outbox').select(['state', 'recipient']).where('id', '=', id).executeTakeFirst();
      if (!row) return undefined;
      const previous = row.state as OutboxState;
      if (previous !== 'failed' && previous !== 'suppressed') return { previous, recipient: row.recipient, unsuppressed: false };
      const lifted = await trx.deleteFrom('mail_suppressions').where('address', '=', row.recipient).where('reason', '=', 'hard-bounce').executeTakeFirst();
      await trx
        .updateTable('outbox')
        .set({ state: 'pending', next_attempt_at: now.toISOString(), claimed_until: null })
        .where('id', '=', id)
        .execute();
      return { previous, recipient: row.recipient, unsuppressed: Number(lifted.numDeletedRows) > 0 };
    });
  }

  /** Every failed message whose address is not suppressed goes back to pending; returns how many. */
  async retryFailed(now: Date): Promise<number> {
    const result = await this.#db
      .updateTable('outbox')
      .set({ state: 'pending', next_attempt_at: now.toISOString(), claimed_until: null })
      .where('state', '=', 'failed')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('mail_suppressions').select('address').whereRef('mail_suppressions.address', '=', 'outbox.recipient'))))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}

/** One outbox message as the operator sees it (`liaison outbox`). */
export interface OutboxEntry {
  id: string;
  kind: string;
  recipient: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}
