import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DataSnapshot } from './data-snapshot.js';
import type { Database } from './schema.js';

/** Every record of a table as read at one moment, with a revision (a hash of their JSON). */
export interface RecordSnapshot<T> {
  records: T[];
  revision: string;
}

/** Tables whose rows carry the whole record as JSON in `data`. */
type JsonTable = 'liaison_committee_mandates' | 'expert_designations';

/**
 * The records of a small JSON table, read whole and kept until the data changes (our writes,
 * or another process's, seen through SQLite's data_version), as ProgrammeRepository does for
 * programmes: lists filter and page them in memory with the same core functions as the msw
 * handlers.
 */
export class JsonRecords<T> {
  readonly #db: Kysely<Database>;
  readonly #table: JsonTable;
  readonly #snapshot: DataSnapshot<RecordSnapshot<T>>;

  constructor(db: Kysely<Database>, table: JsonTable) {
    this.#db = db;
    this.#table = table;
    this.#snapshot = new DataSnapshot(db);
  }

  snapshot(): Promise<RecordSnapshot<T>> {
    return this.#snapshot.get(() => this.#read());
  }

  invalidate(): void {
    this.#snapshot.invalidate();
  }

  async count(): Promise<number> {
    const row = await this.#db
      .selectFrom(this.#table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async #read(): Promise<RecordSnapshot<T>> {
    const rows = await this.#db.selectFrom(this.#table).select('data').orderBy('id').execute();
    const hash = createHash('sha1');
    for (const row of rows) hash.update(row.data).update('\n');
    return { records: rows.map((r) => JSON.parse(r.data) as T), revision: hash.digest('base64url') };
  }
}
