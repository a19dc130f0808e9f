import { type Expression, type Kysely, type SqlBool } from 'kysely';
import { addresseeKey, decodeCursor, encodeCursor, type InboxItem, type InboxItemKind, type InboxPage } from '@ngo-liaison/core';
import { holdsNul } from './nul-free.js';
import { inboxNotices, type InboxNoticeLinks } from '../mail/inbox-notices.js';
import { OutboxRepository } from '../mail/outbox-repository.js';
import type { Database } from './schema.js';

const LIST = 'inbox';

/** Most items in an addressee's public feed. */
export const FEED_ITEMS = 50;

export interface InboxPageQuery {
  /** The person reading: their own read marks. */
  personId: string;
  /** Addressee keys whose items are listed (core's decideInboxAddressees). */
  addressees: readonly string[];
  kinds?: readonly InboxItemKind[] | undefined;
  /** true: only items this person has not marked read. */
  unread?: boolean | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Inboxes (migration 0010): items are written once, in the transaction of the write that
 * delivers them, and never changed; each person's read marks are kept beside them. Read from
 * the database on every request.
 */
export class InboxRepository {
  readonly #db: Kysely<Database>;
  readonly #outbox: OutboxRepository;
  /** Where inbox notices link to; the server sets PUBLIC_URL (or its own URL) once it listens. */
  noticeLinks: InboxNoticeLinks = { baseUrl: 'http://localhost:8787' };

  constructor(db: Kysely<Database>) {
    this.#db = db;
    this.#outbox = new OutboxRepository(db);
  }

  /** Inserts core's deliveries in the caller's transaction, and queues a notice mail to each person who reads the inbox and has an address. */
  async deliver(db: Kysely<Database>, items: readonly InboxItem[]): Promise<void> {
    for (const item of items) {
      const { read: _read, ...stored } = item;
      await db
        .insertInto('inbox_items')
        .values({
          id: item.id,
          addressee: addresseeKey(item.addressee),
          kind: item.kind,
          public: item.public ? 1 : 0,
          at: item.at,
          subject_type: item.subject.type,
          subject_id: item.subject.id,
          data: JSON.stringify(stored),
        })
        .execute();
    }
    // A notice to each reader with an address, in the same transaction: mailed exactly when the item is delivered.
    for (const item of items) await this.#outbox.enqueue(await inboxNotices(db, [item], this.noticeLinks), new Date(item.at), db);
  }

  /** A page, newest first, with the person's read state and unread count over the same filter. */
  async page({ personId, addressees, kinds, unread, limit, cursor }: InboxPageQuery): Promise<InboxPage> {
    if (!addressees.length) return { items: [], nextCursor: null, unread: 0 };
    const readBy = (id: Expression<string>) =>
      this.#db.selectFrom('inbox_reads').select('item_id').where('person_id', '=', personId).where('item_id', '=', id);
    let filtered = this.#db.selectFrom('inbox_items').where('addressee', 'in', [...addressees]);
    if (kinds?.length) filtered = filtered.where('kind', 'in', [...kinds]);
    const unreadOnly = filtered.where((eb) => eb.not(eb.exists(readBy(eb.ref('inbox_items.id')))));
    let rowsQuery = (unread ? unreadOnly : filtered).select((eb) => [
      'seq',
      'data',
      eb.exists(readBy(eb.ref('inbox_items.id'))).$castTo<SqlBool>().as('read'),
    ]);
    if (cursor !== undefined) rowsQuery = rowsQuery.where('seq', '<', Number(decodeCursor(cursor, LIST, 1)[0]));
    const [rows, count] = await Promise.all([
      rowsQuery.orderBy('seq', 'desc').limit(limit + 1).execute(),
      unreadOnly.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => ({ ...(JSON.parse(row.data) as InboxItem), read: Boolean(row.read) })),
      nextCursor: rows.length > limit ? encodeCursor(LIST, [Number(page.at(-1)!.seq)]) : null,
      unread: Number(count.n),
    };
  }

  /**
   * Marks `itemIds` read (or unread again) for one person; ids outside `addressees` (the
   * inboxes the person reads, 'all' for the Secretariat) or unknown are ignored. Resolves to how
   * many marks changed.
   */
  async mark(personId: string, itemIds: readonly string[], read: boolean, addressees: 'all' | readonly string[]): Promise<number> {
    if (addressees !== 'all' && !addressees.length) return 0;
    return this.#db.transaction().execute(async (trx) => {
      const wanted = [...new Set(itemIds)].filter((id) => !holdsNul(id));
      if (!wanted.length) return 0;
      let readable = trx.selectFrom('inbox_items').select('id').where('id', 'in', wanted);
      if (addressees !== 'all') readable = readable.where('addressee', 'in', [...addressees]);
      const ids = (await readable.execute()).map((row) => row.id);
      if (!ids.length) return 0;
      if (!read) {
        const result = await trx.deleteFrom('inbox_reads').where('person_id', '=', personId).where('item_id', 'in', ids).executeTakeFirst();
        return Number(result.numDeletedRows);
      }
      const result = await trx
        .insertInto('inbox_reads')
        .values(ids.map((id) => ({ person_id: personId, item_id: id })))
        .onConflict((oc) => oc.columns(['person_id', 'item_id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0);
    });
  }

  /** How many items of `addressees` the person has not marked read. */
  async unread(personId: string, addressees: readonly string[]): Promise<number> {
    return (await this.page({ personId, addressees, unread: true, limit: 1 })).unread;
  }

  /** The addressee's public items, newest first (at most FEED_ITEMS): its Atom feed. */
  async publicItems(addressee: string): Promise<InboxItem[]> {
    const rows = await this.#db
      .selectFrom('inbox_items')
      .select('data')
      .where('addressee', '=', addressee)
      .where('public', '=', 1)
      .orderBy('seq', 'desc')
      .limit(FEED_ITEMS)
      .execute();
    return rows.map((row) => JSON.parse(row.data) as InboxItem);
  }
}
