import type { Kysely } from 'kysely';
import { readDataVersion } from './data-version.js';
import type { Database } from './schema.js';

/** How often a request may ask SQLite whether another process wrote to the database. */
const FRESHNESS_CHECK_MS = 1_000;

/**
 * Something read from the database (records, an index), kept until the data changes: our
 * writes call invalidate(); another process's writes show in SQLite's data_version, asked at
 * most once a second. A failed read is forgotten, so the next request tries again.
 */
export class DataSnapshot<T> {
  readonly #db: Kysely<Database>;
  #value: Promise<T> | undefined;
  #dataVersion: number | undefined;
  #checkedAt = 0;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** The value read by `read`, read again only when the data changed or after invalidate(). */
  async get(read: () => Promise<T>): Promise<T> {
    if (this.#value && Date.now() - this.#checkedAt > FRESHNESS_CHECK_MS) {
      this.#checkedAt = Date.now();
      if ((await readDataVersion(this.#db)) !== this.#dataVersion) this.invalidate();
    }
    this.#value ??= this.#load(read);
    return this.#value;
  }

  invalidate(): void {
    this.#value = undefined;
  }

  async #load(read: () => Promise<T>): Promise<T> {
    try {
      this.#dataVersion = await readDataVersion(this.#db);
      this.#checkedAt = Date.now();
      return await read();
    } catch (error) {
      this.#value = undefined;
      throw error;
    }
  }
}
