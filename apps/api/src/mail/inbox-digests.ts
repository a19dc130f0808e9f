import type { Kysely } from 'kysely';
import { addresseeKey, addresseeOfGrant, inboxDigestMail, isDigestDue, isLanguage, type Addressee, type DigestFrequency, type InboxItem, type RoleGrant } from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';
import { inboxPageUrl, type InboxNoticeLinks } from './inbox-notices.js';
import { OutboxRepository } from './outbox-repository.js';

const DAY_MS = 86_400_000;
/** A digest lists at most this many of the period's items (core shows 30 and counts the rest). */
const MAX_ITEMS = 500;

export interface InboxDigestsOptions {
  now?: () => Date;
  /** Where digests link to (read at each run: the server sets it once it listens). */
  links: () => InboxNoticeLinks;
  /** How often the loop looks for digests due (default one minute). */
  pollMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Queues the daily and weekly digests people asked for in their mail preferences: once per
 * UTC day or ISO week, the items delivered to their inboxes since the last one (none queued
 * when nothing came). Every node may run it: the digest's dedupe key names the person and the
 * period, so two nodes queue it once.
 */
export class InboxDigests {
  readonly #db: Kysely<Database>;
  readonly #outbox: OutboxRepository;
  readonly #now: () => Date;
  readonly #links: () => InboxNoticeLinks;
  readonly #pollMs: number;
  readonly #onError: (error: unknown) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<unknown> | undefined;
  #started = false;

  constructor(db: Kysely<Database>, options: InboxDigestsOptions) {
    this.#db = db;
    this.#outbox = new OutboxRepository(db);
    this.#now = options.now ?? (() => new Date());
    this.#links = options.links;
    this.#pollMs = options.pollMs ?? 60_000;
    this.#onError = options.onError ?? (() => {});
  }

  /** Queues every digest due now; returns how many were queued. */
  async runOnce(): Promise<number> {
    const now = this.#now();
    const people = await this.#db
      .selectFrom('mail_preferences')
      .innerJoin('people', 'people.id', 'mail_preferences.person_id')
      .select(['people.id as personId', 'people.display_name as displayName', 'people.email as email', 'mail_preferences.digest as digest', 'mail_preferences.language as language', 'mail_preferences.digest_sent_at as lastSentAt'])
      .where('mail_preferences.digest', '!=', 'off')
      .where('people.email', 'is not', null)
      .where('people.disabled_at', 'is', null)
      .orderBy('people.id')
      .execute();
    let queued = 0;
    for (const person of people) {
      const frequency = person.digest as DigestFrequency;
      if (!person.email || !isDigestDue(frequency, person.lastSentAt, now)) continue;
      const since = person.lastSentAt ?? new Date(now.getTime() - (frequency === 'daily' ? DAY_MS : 7 * DAY_MS)).toISOString();
      const addressees = await this.#addresseesOf(person.personId);
      const items = addressees.length
        ? (
            await this.#db
              .selectFrom('inbox_items')
              .select('data')
              .where('addressee', 'in', addressees.map(addresseeKey))
              .where('at', '>', since)
              .where('at', '<=', now.toISOString())
              .orderBy('seq', 'desc')
              .limit(MAX_ITEMS)
              .execute()
          ).map((row) => JSON.parse(row.data) as InboxItem)
        : [];
      await this.#db.transaction().execute(async (trx) => {
        if (items.length) {
          const mail = inboxDigestMail({
            personId: person.personId,
            displayName: person.displayName,
            to: person.email!,
            language: isLanguage(person.language) ? person.language : 'en',
            frequency,
            items,
            now,
            inboxUrl: inboxPageUrl(addressees[0]!, this.#links().baseUrl),
          });
          queued += await this.#outbox.enqueue([mail], now, trx);
        }
        // The next digest covers what comes after now, whether or not this one had anything.
        await trx.updateTable('mail_preferences').set({ digest_sent_at: now.toISOString() }).where('person_id', '=', person.personId).execute();
      });
    }
    return queued;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#started = false;
    clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(delayMs: number) {
    if (!this.#started) return;
    this.#timer = setTimeout(() => {
      this.#running = this.runOnce()
        .catch(this.#onError)
        .finally(() => {
          this.#running = undefined;
          this.#schedule(this.#pollMs);
        });
    }, delayMs);
    this.#timer.unref?.();
  }

  async #addresseesOf(personId: string): Promise<Addressee[]> {
    const rows = await this.#db.selectFrom('role_grants').select('grant').where('person_id', '=', personId).orderBy('role_key').execute();
    const byKey = new Map<string, Addressee>();
    for (const row of rows) {
      const addressee = addresseeOfGrant(JSON.parse(row.grant) as RoleGrant);
      if (addressee) byKey.set(addresseeKey(addressee), addressee);
    }
    return [...byKey.values()];
  }
}
