import type { Kysely } from 'kysely';
import type { ChangeFeed } from './change-feed.js';
import { DataSnapshot } from './data-snapshot.js';
import type { Database } from './schema.js';

/** Every record of a table as read at one moment, with its revision (the table's last change in the log). */
export interface RecordSnapshot<T> {
  records: T[];
  revision: string;
}

/** Tables whose rows carry the whole record as JSON in `data`. */
type JsonTable = 'liaison_committee_mandates' | 'expert_designations';

/**
 * The records of a small JSON table, read whole and kept until the change feed says it
 * changed, as ProgrammeRepository does for programmes: lists filter and page them in memory
 * with the same core functions as the msw handlers.
 */
export class JsonRecords<T> {
  readonly #db: Kysely<Database>;
  readonly #table: JsonTable;
  readonly #snapshot: DataSnapshot<RecordSnapshot<T>>;

  readonly #feed: ChangeFeed;

  constructor(db: Kysely<Database>, feed: ChangeFeed, table: JsonTable) {
    this.#db = db;
    this.#feed = feed;
    this.#table = table;
    this.#snapshot = new DataSnapshot(feed, [table], () => this.#read());
  }

  snapshot(): Promise<RecordSnapshot<T>> {
    return this.#snapshot.get();
  }

  async count(): Promise<number> {
    const row = await this.#db
      .selectFrom(this.#table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async #read(): Promise<RecordSnapshot<T>> {
    const revision = this.#feed.revision([this.#table]);
    const rows = await this.#db.selectFrom(this.#table).select('data').orderBy('id').execute();
    return { records: rows.map((r) => JSON.parse(r.data) as T), revision };
  }
}
