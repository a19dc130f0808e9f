import type { ChangeFeed } from './change-feed.js';
import type { LoggedTable } from './change-log-migration.js';

/**
 * Something read from some tables (records, an index), kept in memory until they change:
 * the change feed tells of every write — this node's, another node's, the command line's.
 * The new value is read as soon as the change is known, and the old one is served until it is
 * ready; while the database is unreachable, the last value keeps being served. A failed first
 * read is forgotten, so the next request tries again.
 */
export class DataSnapshot<T> {
  readonly #tables: readonly LoggedTable[];
  readonly #read: () => Promise<T>;
  #value: Promise<T> | undefined;

  /**
   * `read` builds the value; `update` (optional) applies the ids that changed to the current
   * value instead of reading everything again, or returns undefined to have it read whole.
   */
  constructor(
    feed: ChangeFeed,
    tables: readonly LoggedTable[],
    read: () => Promise<T>,
    update?: (current: T, changed: ReadonlyMap<LoggedTable, ReadonlySet<string>>) => Promise<T | undefined>
  ) {
    this.#tables = tables;
    this.#read = read;
    feed.onChange(async ({ changed, everything }) => {
      if (!this.#value || (!everything && !tables.some((table) => changed.has(table)))) return;
      const current = await this.#value.catch(() => undefined);
      const next = (current !== undefined && !everything && update ? await update(current, changed) : undefined) ?? (await read());
      this.#value = Promise.resolve(next);
    });
  }

  get tables(): readonly LoggedTable[] {
    return this.#tables;
  }

  get(): Promise<T> {
    if (!this.#value) {
      const value = this.#read();
      this.#value = value;
      value.catch(() => {
        if (this.#value === value) this.#value = undefined;
      });
    }
    return this.#value;
  }

  /** Forgets the value; the next get() reads it again. */
  invalidate(): void {
    this.#value = undefined;
  }
}
