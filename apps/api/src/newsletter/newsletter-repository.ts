import type { Kysely } from 'kysely';
import type { NewsletterDraftInput, NewsletterIssue } from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';

export interface StoredSubscriber {
  address: string;
  language: string;
  topics: string[];
  state: 'pending' | 'confirmed' | 'unsubscribed';
  createdAt: string;
}

/** Issues, drafts, subscribers and sends of the newsletter (migration 0013). */
export class NewsletterRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async issues(language: string): Promise<NewsletterIssue[]> {
    const rows = await this.#db.selectFrom('newsletter_issues').select('data').where('language', '=', language).orderBy('month', 'desc').execute();
    return rows.map((row) => JSON.parse(row.data) as NewsletterIssue);
  }

  async issue(month: string, language: string, db: Kysely<Database> = this.#db): Promise<NewsletterIssue | undefined> {
    const row = await db.selectFrom('newsletter_issues').select('data').where('month', '=', month).where('language', '=', language).executeTakeFirst();
    return row === undefined ? undefined : (JSON.parse(row.data) as NewsletterIssue);
  }

  async hasAnyIssue(): Promise<boolean> {
    return (await this.#db.selectFrom('newsletter_issues').select('month').limit(1).executeTakeFirst()) !== undefined;
  }

  async saveIssue(db: Kysely<Database>, issue: NewsletterIssue): Promise<void> {
    const values = { data: JSON.stringify(issue), composed_at: issue.composedAt, sent_at: issue.sentAt ?? null };
    await db
      .insertInto('newsletter_issues')
      .values({ month: issue.month, language: issue.language, ...values })
      .onConflict((oc) => oc.columns(['month', 'language']).doUpdateSet(values))
      .execute();
  }

  async draft(month: string, db: Kysely<Database> = this.#db): Promise<(NewsletterDraftInput & { updatedAt: string }) | undefined> {
    const row = await db.selectFrom('newsletter_drafts').selectAll().where('month', '=', month).executeTakeFirst();
    return row === undefined ? undefined : { ...(JSON.parse(row.data) as NewsletterDraftInput), updatedAt: row.updated_at };
  }

  async saveDraft(db: Kysely<Database>, month: string, draft: NewsletterDraftInput, at: string): Promise<void> {
    const data = JSON.stringify(draft);
    await db
      .insertInto('newsletter_drafts')
      .values({ month, data, updated_at: at })
      .onConflict((oc) => oc.column('month').doUpdateSet({ data, updated_at: at }))
      .execute();
  }

  async sentAt(month: string, db: Kysely<Database> = this.#db): Promise<string | undefined> {
    return (await db.selectFrom('newsletter_sends').select('sent_at').where('month', '=', month).executeTakeFirst())?.sent_at;
  }

  async recordSend(db: Kysely<Database>, month: string, at: string, recipients: number): Promise<void> {
    await db.insertInto('newsletter_sends').values({ month, sent_at: at, recipients }).onConflict((oc) => oc.column('month').doNothing()).execute();
  }

  async subscriber(address: string, db: Kysely<Database> = this.#db): Promise<StoredSubscriber | undefined> {
    const row = await db.selectFrom('newsletter_subscribers').selectAll().where('address', '=', address).executeTakeFirst();
    return row === undefined
      ? undefined
      : { address: row.address, language: row.language, topics: JSON.parse(row.topics) as string[], state: row.state as StoredSubscriber['state'], createdAt: row.created_at };
  }

  /** A new sign-up (or a renewed one) waits for its confirmation; a confirmed one keeps its state and takes the new choices. */
  async signUp(db: Kysely<Database>, address: string, language: string, topics: readonly string[], at: string): Promise<void> {
    const existing = await this.subscriber(address, db);
    if (existing === undefined) {
      await db.insertInto('newsletter_subscribers').values({ address, language, topics: JSON.stringify(topics), state: 'pending', created_at: at, confirmed_at: null, updated_at: at }).execute();
      return;
    }
    const state = existing.state === 'confirmed' ? 'confirmed' : 'pending';
    const createdAt = existing.state === 'confirmed' ? existing.createdAt : at;
    await db.updateTable('newsletter_subscribers').set({ language, topics: JSON.stringify(topics), state, created_at: createdAt, updated_at: at }).where('address', '=', address).execute();
  }

  async setState(db: Kysely<Database>, address: string, state: 'confirmed' | 'unsubscribed', at: string): Promise<boolean> {
    const result = await db
      .updateTable('newsletter_subscribers')
      .set({ state, updated_at: at, ...(state === 'confirmed' ? { confirmed_at: at } : {}) })
      .where('address', '=', address)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async confirmed(): Promise<{ address: string; language: string }[]> {
    return this.#db.selectFrom('newsletter_subscribers').select(['address', 'language']).where('state', '=', 'confirmed').orderBy('address').execute();
  }

  /** Sign-ups never confirmed within the window are forgotten: an address nobody confirmed is not kept. */
  async purgeUnconfirmed(before: string): Promise<number> {
    const result = await this.#db.deleteFrom('newsletter_subscribers').where('state', '=', 'pending').where('created_at', '<', before).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Confirmation mails to an address since `since` (the per-address bound on sign-ups). */
  async confirmationsSince(address: string, since: string, db: Kysely<Database> = this.#db): Promise<number> {
    const row = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'newsletter-confirmation')
      .where('recipient', '=', address)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
