import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { MailMessage } from '@ngo-liaison/core';
import type { DatabaseKind } from '../storage/database-kind.js';
import type { Database } from '../storage/schema.js';
import type { OutboxTable } from './mail-tables.js';
import { MailDeliveryError, type MailTransport } from './mail-transport.js';

/** Minutes to wait after the 1st, 2nd, … failed attempt; after the last, the message is `failed`. */
export const DEFAULT_BACKOFF_MINUTES: readonly number[] = [1, 5, 30, 120, 480];
/** How long a claim holds: longer than any delivery can take (the SMTP timeouts are ≤ 60 s). */
export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_POLL_MS = 1_000;

export interface OutboxSenderOptions {
  transport: MailTransport;
  /** The clock (tests set it). */
  now?: () => Date;
  /** How long a claimed message is this node's; a crashed node's claims are taken over after it. */
  leaseMs?: number;
  /** How often an idle sender looks for due messages. */
  pollMs?: number;
  backoffMinutes?: readonly number[];
  /** Told of errors of the loop itself (an unreachable database); the loop carries on. */
  onError?: (error: unknown) => void;
}

/** What one step of the sender did with the message it claimed. */
export interface SendStep {
  id: string;
  kind: string;
  recipient: string;
  attempt: number;
  /** rejected: a 5xx to the message itself (it fails; the address is not suppressed). */
  outcome: 'sent' | 'temporary-failure' | 'hard-bounce' | 'rejected' | 'suppressed';
  /** After this step: sent, pending (retried at nextAttemptAt), failed or suppressed. */
  state: 'sent' | 'pending' | 'failed' | 'suppressed';
  nextAttemptAt?: string;
  detail: string;
}

type OutboxRow = Selectable<OutboxTable>;

/** Kinds whose body carries a secret (an invitation's one-time link): once sent, only the envelope is kept. */
const SECRET_BEARING = new Set(['invitation']);

function redacted(message: string): string {
  const { kind, to, subject, language, dedupeKey } = JSON.parse(message) as MailMessage;
  return JSON.stringify({ kind, to, subject, language, dedupeKey, text: '(removed once sent: it held a one-time link)' });
}

/** Due: pending and its time has come, or claimed by a sender whose lease ran out (it crashed mid-send). */
const due = (at: string) => (eb: ExpressionBuilder<Database, 'outbox'>) =>
  eb.or([eb.and([eb('state', '=', 'pending'), eb('next_attempt_at', '<=', at)]), eb.and([eb('state', '=', 'sending'), eb('claimed_until', '<', at)])]);

/**
 * Each node's sender: claims ONE due message at a time (an atomic UPDATE pending → sending with
 * a lease), sends it, records the attempt, and marks it sent, retried later, failed, or
 * suppressed. Sending one at a time means a crash repeats at most the one delivery in flight;
 * the atomic claim means two nodes sharing a database never send the same message both.
 */
export class OutboxSender {
  readonly #db: Kysely<Database>;
  readonly #kind: DatabaseKind;
  readonly #transport: MailTransport;
  readonly #now: () => Date;
  readonly #leaseMs: number;
  readonly #pollMs: number;
  readonly #backoff: readonly number[];
  readonly #onError: (error: unknown) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #started = false;

  constructor(db: Kysely<Database>, kind: DatabaseKind, options: OutboxSenderOptions) {
    this.#db = db;
    this.#kind = kind;
    this.#transport = options.transport;
    this.#now = options.now ?? (() => new Date());
    this.#leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.#pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.#backoff = options.backoffMinutes ?? DEFAULT_BACKOFF_MINUTES;
    this.#onError = options.onError ?? (() => {});
  }

  get transport(): MailTransport {
    return this.#transport;
  }

  /** Claims one due message and delivers it; undefined when nothing is due. */
  async sendDueOnce(): Promise<SendStep | undefined> {
    const row = await this.#claim(this.#now());
    if (!row) return undefined;
    if (await this.#isSuppressed(row.recipient)) {
      await this.#db
        .updateTable('outbox')
        .set({ state: 'suppressed', claimed_until: null, last_error: 'address suppressed' })
        .where('id', '=', row.id)
        .execute();
      return { id: row.id, kind: row.kind, recipient: row.recipient, attempt: row.attempts, outcome: 'suppressed', state: 'suppressed', detail: 'address suppressed' };
    }
    try {
      const message = JSON.parse(row.message) as MailMessage;
      const { detail } = await this.#transport.send(message, { id: row.id, seq: Number(row.seq) });
      return await this.#recordSent(row, detail);
    } catch (error) {
      const failure = error instanceof MailDeliveryError ? error : new MailDeliveryError(error instanceof Error ? error.message : String(error), false, undefined, { cause: error });
      return await this.#recordFailure(row, failure);
    }
  }

  /** Sends every due message, one after the other; returns the steps taken. */
  async sendAllDue(): Promise<SendStep[]> {
    const steps: SendStep[] = [];
    for (let step = await this.sendDueOnce(); step; step = await this.sendDueOnce()) steps.push(step);
    return steps;
  }

  /** Starts the loop: whatever is due is sent, then it waits `pollMs` and looks again. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#schedule(0);
  }

  /** Stops the loop after the delivery in flight, if any. */
  async stop(): Promise<void> {
    this.#started = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  #schedule(delayMs: number) {
    if (!this.#started) return;
    this.#timer = setTimeout(() => {
      this.#running = this.#tick().finally(() => {
        this.#running = undefined;
        this.#schedule(this.#pollMs);
      });
    }, delayMs);
    this.#timer.unref?.();
  }

  async #tick() {
    try {
      while (this.#started && (await this.sendDueOnce()));
    } catch (error) {
      this.#onError(error);
    }
  }

  async #claim(now: Date): Promise<OutboxRow | undefined> {
    const at = now.toISOString();
    const until = new Date(now.getTime() + this.#leaseMs).toISOString();
    let oldest = this.#db.selectFrom('outbox').select('seq').where(due(at)).orderBy('next_attempt_at').orderBy('seq').limit(1);
    // PostgreSQL: another node's claim in progress is skipped rather than waited for. SQLite serialises writers.
    if (this.#kind === 'postgres') oldest = oldest.forUpdate().skipLocked();
    return await this.#db
      .updateTable('outbox')
      .set({ state: 'sending', claimed_until: until, attempts: sql<number>`attempts + 1` })
      .where('seq', '=', oldest)
      .where(due(at))
      .returningAll()
      .executeTakeFirst();
  }

  async #isSuppressed(recipient: string): Promise<boolean> {
    return !!(await this.#db.selectFrom('mail_suppressions').select('address').where('address', '=', recipient).executeTakeFirst());
  }

  async #recordSent(row: OutboxRow, detail: string): Promise<SendStep> {
    const at = this.#now().toISOString();
    await this.#db.transaction().execute(async (trx) => {
      await trx.insertInto('mail_deliveries').values({ outbox_id: row.id, attempt: row.attempts, at, outcome: 'sent', detail }).execute();
      await trx
        .updateTable('outbox')
        .set({ state: 'sent', sent_at: at, claimed_until: null, last_error: null, ...(SECRET_BEARING.has(row.kind) ? { message: redacted(row.message) } : {}) })
        .where('id', '=', row.id)
        .execute();
    });
    return { id: row.id, kind: row.kind, recipient: row.recipient, attempt: row.attempts, outcome: 'sent', state: 'sent', detail };
  }

  async #recordFailure(row: OutboxRow, failure: MailDeliveryError): Promise<SendStep> {
    const now = this.#now();
    const at = now.toISOString();
    const detail = failure.message.slice(0, 1000);
    const base = { id: row.id, kind: row.kind, recipient: row.recipient, attempt: row.attempts, detail };
    if (failure.permanent) {
      await this.#db.transaction().execute(async (trx) => {
        await trx.insertInto('mail_deliveries').values({ outbox_id: row.id, attempt: row.attempts, at, outcome: failure.addressRejected ? 'hard-bounce' : 'rejected', detail }).execute();
        await trx.updateTable('outbox').set({ state: 'failed', claimed_until: null, last_error: detail }).where('id', '=', row.id).execute();
        // The mailbox does not exist: the address is never mailed again (later messages to it end `suppressed` without an attempt).
        if (failure.addressRejected) {
          await trx
            .insertInto('mail_suppressions')
            .values({ address: row.recipient, reason: 'hard-bounce', at })
            .onConflict((oc) => oc.column('address').doNothing())
            .execute();
        }
      });
      return { ...base, outcome: failure.addressRejected ? 'hard-bounce' : 'rejected', state: 'failed' };
    }
    const waitMinutes = this.#backoff[row.attempts - 1];
    const nextAttemptAt = waitMinutes === undefined ? undefined : new Date(now.getTime() + waitMinutes * 60_000).toISOString();
    await this.#db.transaction().execute(async (trx) => {
      await trx.insertInto('mail_deliveries').values({ outbox_id: row.id, attempt: row.attempts, at, outcome: 'temporary-failure', detail }).execute();
      await trx
        .updateTable('outbox')
        .set(nextAttemptAt ? { state: 'pending', next_attempt_at: nextAttemptAt, claimed_until: null, last_error: detail } : { state: 'failed', claimed_until: null, last_error: detail })
        .where('id', '=', row.id)
        .execute();
    });
    return nextAttemptAt ? { ...base, outcome: 'temporary-failure', state: 'pending', nextAttemptAt } : { ...base, outcome: 'temporary-failure', state: 'failed' };
  }
}
