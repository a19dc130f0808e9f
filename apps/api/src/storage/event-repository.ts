import type { Kysely } from 'kysely';
import {
  EVENTS_LIST,
  decodeCursor,
  encodeCursor,
  eventCountries,
  eventRange,
  eventRegions,
  eventSortKey,
  reviseEvent,
  type EventFilter,
  type EventQuery,
  type ForumEvent,
  type Page,
  type RegionOf,
} from '@ngo-liaison/core';
import type { ChangeFeed } from './change-feed.js';
import type { Database, EventsTable } from './schema.js';

/** `,ED,SC,`: a list column that `LIKE '%,ED,%'` searches the same way in SQLite and PostgreSQL. */
const listColumn = (values: readonly string[]) => (values.length ? `,${values.join(',')},` : '');

/** Most events a feed holds; a feed over more than this is cut at the latest ones (by start). */
export const MAX_FEED_EVENTS = 5000;

/**
 * Storage of events. Filter columns sit beside the JSON record so every filter of
 * `GET /v1/events` runs in SQL (same code for SQLite and PostgreSQL); the values come from
 * core's functions (eventSortKey, eventCountries, eventRange), so server and in-memory
 * lists (msw) agree on every page.
 */
export class EventRepository {
  constructor(private readonly db: Kysely<Database>, private readonly feed: ChangeFeed, private readonly regionOf: RegionOf) {}

  /**
   * The table's last change in the change log, for revision ETags: equal on every node that
   * has caught up, and known without a query, so a revalidation never touches the database.
   */
  async revision(): Promise<string> {
    return this.feed.revision(['events']);
  }

  #row(event: ForumEvent): EventsTable {
    const { when } = event;
    return {
      id: event.id,
      sort_start: eventSortKey(event)[0],
      all_day: when.allDay ? 1 : 0,
      start_utc: when.allDay ? null : new Date(Date.parse(when.start)).toISOString(),
      end_utc: when.allDay ? null : new Date(Date.parse(when.end)).toISOString(),
      start_date: when.allDay ? when.startDate : null,
      end_date: when.allDay ? when.endDate : null,
      kind: event.kind,
      status: event.status,
      sectors: listColumn(event.sectors),
      countries: listColumn(eventCountries(event)),
      regions: listColumn(eventRegions(event, this.regionOf)),
      sequence: event.sequence,
      updated_at: event.updatedAt,
      session_id: event.sessionId ?? null,
      data: JSON.stringify(event),
    };
  }

  #filtered(filter: EventFilter) {
    let query = this.db.selectFrom('events');
    if (filter.kinds?.length) query = query.where('kind', 'in', [...filter.kinds]);
    if (filter.statuses?.length) query = query.where('status', 'in', [...filter.statuses]);
    if (filter.sessions?.length) query = query.where('session_id', 'in', [...filter.sessions]);
    const anyIn = (column: 'sectors' | 'countries' | 'regions', values: readonly string[] | undefined) => {
      if (values?.length) query = query.where((eb) => eb.or(values.map((value) => eb(column, 'like', `%,${value},%`))));
    };
    anyIn('sectors', filter.sectors);
    anyIn('countries', filter.countries);
    anyIn('regions', filter.regions);

    // Timed events overlap the window by instants; all-day events by their dates (core's overlapsRange).
    const { fromMs, toMs, fromDate, toDate } = eventRange(filter);
    if (fromMs !== undefined || toMs !== undefined) {
      const fromIso = fromMs === undefined ? undefined : new Date(fromMs).toISOString();
      const toIso = toMs === undefined ? undefined : new Date(toMs).toISOString();
      query = query.where((eb) =>
        eb.or([
          eb.and([eb('all_day', '=', 0), ...(toIso ? [eb('start_utc', '<', toIso)] : []), ...(fromIso ? [eb('end_utc', '>', fromIso)] : [])]),
          eb.and([eb('all_day', '=', 1), ...(toDate ? [eb('start_date', '<=', toDate)] : []), ...(fromDate ? [eb('end_date', '>=', fromDate)] : [])]),
        ])
      );
    }
    return query;
  }

  /** A page in start order. Throws InvalidCursorError (from core) on a cursor it did not make. */
  async list(query: EventQuery): Promise<Page<ForumEvent>> {
    let rows = this.#filtered(query).select(['id', 'sort_start', 'data']);
    if (query.cursor) {
      const [start, id] = decodeCursor(query.cursor, EVENTS_LIST, 2).map(String) as [string, string];
      rows = rows.where((eb) => eb.or([eb('sort_start', '>', start), eb.and([eb('sort_start', '=', start), eb('id', '>', id)])]));
    }
    // One extra row tells whether there is a next page without a second query.
    const found = await rows
      .orderBy('sort_start')
      .orderBy('id')
      .limit(query.limit + 1)
      .execute();
    const pageRows = found.slice(0, query.limit);
    const last = pageRows.at(-1);
    const total = await this.#filtered(query)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      items: pageRows.map((row) => JSON.parse(row.data) as ForumEvent),
      nextCursor: found.length > query.limit && last ? encodeCursor(EVENTS_LIST, [last.sort_start, last.id]) : null,
      total: Number(total.n),
    };
  }

  /** Every matching event in start order (the .ics feed), at most MAX_FEED_EVENTS, the latest kept. */
  async all(filter: EventFilter): Promise<ForumEvent[]> {
    const rows = await this.#filtered(filter).select(['data']).orderBy('sort_start', 'desc').orderBy('id', 'desc').limit(MAX_FEED_EVENTS).execute();
    return rows.reverse().map((row) => JSON.parse(row.data) as ForumEvent);
  }

  async get(id: string): Promise<ForumEvent | undefined> {
    const row = await this.db.selectFrom('events').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as ForumEvent) : undefined;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Writes validated events in one transaction: new ones are inserted at SEQUENCE 0,
   * changed ones get SEQUENCE + 1 and `updatedAt = now` (core's reviseEvent), unchanged
   * ones are left alone. All or nothing.
   */
  async upsertAll(events: readonly ForumEvent[], now: Date): Promise<{ inserted: number; updated: number; unchanged: number }> {
    const counts = await this.db.transaction().execute((trx) => this.upsertIn(trx, events, now));
    await this.feed.poll(); // served by this node as soon as the call returns
    return counts;
  }

  /**
   * The same inside the caller's transaction (an accepted hearing, a meeting both parties made
   * public): the event is written exactly when the write that causes it commits. The caller
   * polls the change feed after committing.
   */
  async upsertIn(trx: Kysely<Database>, events: readonly ForumEvent[], now: Date): Promise<{ inserted: number; updated: number; unchanged: number }> {
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    for (const draft of events) {
      const existing = await trx.selectFrom('events').select('data').where('id', '=', draft.id).executeTakeFirst();
      const previous = existing ? (JSON.parse(existing.data) as ForumEvent) : undefined;
      const next = reviseEvent(previous, draft, now);
      if (previous === next) {
        counts.unchanged++;
      } else if (previous) {
        await trx.updateTable('events').set(this.#row(next)).where('id', '=', next.id).execute();
        counts.updated++;
      } else {
        await trx.insertInto('events').values(this.#row(next)).execute();
        counts.inserted++;
      }
    }
    return counts;
  }
}
