import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from './database-kind.js';
import { LOGGED_TABLES, type LoggedTable } from './change-log-migration.js';
import type { Database } from './schema.js';

/** What changed since the last batch: the ids written per table, and the log position reached. */
export interface ChangeBatch {
  seq: number;
  changed: ReadonlyMap<LoggedTable, ReadonlySet<string>>;
  /**
   * The node lost track (the database was replaced, or this node was cut off longer than the
   * log keeps entries): everything may have changed, re-read it all.
   */
  everything: boolean;
}

/** Runs on each batch; the feed advances only when every listener succeeded, so a failed one sees the batch again. */
export type ChangeListener = (batch: ChangeBatch) => Promise<void> | void;

export interface ChangeFeedOptions {
  /** How often to read the log (default 200 ms): a change through another node shows within about this. */
  pollMs?: number;
  /** Told when a poll fails (the database is unreachable) and when it recovers. */
  onStatus?: (status: ChangeFeedStatus) => void;
}

export interface ChangeFeedStatus {
  /** The last poll reached the database. */
  ok: boolean;
  /** Why the last poll failed. */
  error?: string;
  /** When the database was last read successfully (ms since the epoch). */
  lastSuccessAt: number;
}

/** Most log rows read per query; a larger backlog is read in several. */
const BATCH_ROWS = 5_000;
/** Log entries older than this are pruned (the last entry of each table is kept: it names the table's revision). */
const KEEP_LOG_MS = 24 * 60 * 60 * 1000;
/** A node that could not read the log for this long re-reads everything: what it missed may have been pruned. */
const OUT_OF_TOUCH_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * A node's view of the database's change log (migration 0007): it polls the log, tells the
 * repositories which records changed, and names each table's revision — the sequence number
 * of the table's last change, the same on every node that has caught up, so ETags agree
 * across nodes. Polling works the same on SQLite (two processes on one file) and PostgreSQL
 * (several nodes), and costs one indexed query per interval.
 */
export class ChangeFeed {
  readonly #db: Kysely<Database>;
  readonly #kind: DatabaseKind;
  readonly #pollMs: number;
  readonly #onStatus: ((status: ChangeFeedStatus) => void) | undefined;
  readonly #listeners = new Set<ChangeListener>();
  readonly #tableSeq = new Map<LoggedTable, number>();
  #seq = 0;
  #chain: Promise<void> = Promise.resolve();
  #polling = false;
  #timer: NodeJS.Timeout | undefined;
  #status: ChangeFeedStatus = { ok: true, lastSuccessAt: Date.now() };
  #prunedAt = 0;

  private constructor(db: Kysely<Database>, kind: DatabaseKind, { pollMs = 200, onStatus }: ChangeFeedOptions) {
    this.#db = db;
    this.#kind = kind;
    this.#pollMs = pollMs;
    this.#onStatus = onStatus;
  }

  /** A feed positioned at the end of the log: what is stored now is read by the repositories themselves. */
  static async open(db: Kysely<Database>, kind: DatabaseKind, options: ChangeFeedOptions = {}): Promise<ChangeFeed> {
    const feed = new ChangeFeed(db, kind, options);
    await feed.#readPositions();
    return feed;
  }

  /** The log position this node has applied, for one table or all. */
  seq(table?: LoggedTable): number {
    return table ? this.#tableSeq.get(table) ?? 0 : this.#seq;
  }

  /** A revision naming the state of `tables` (their last changes), equal on every node that has applied them. */
  revision(tables: readonly LoggedTable[]): string {
    return tables.map((table) => this.seq(table)).join('.');
  }

  get status(): ChangeFeedStatus {
    return this.#status;
  }

  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts polling in the background (the timer does not keep the process alive). */
  start(): void {
    this.#timer ??= setInterval(() => {
      if (this.#polling) return; // a slow or failing database: never queue polls up
      this.poll().catch(() => {}); // recorded in status
    }, this.#pollMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /**
   * Reads the log now and applies what is new; resolves when every listener has. A write
   * awaits this after its commit, so the node that wrote serves the change at once.
   */
  poll(): Promise<void> {
    const run = this.#chain.then(() => this.#pollOnce());
    this.#chain = run.catch(() => {});
    return run;
  }

  async #readPositions(): Promise<void> {
    const rows = await this.#db
      .selectFrom('change_log')
      .select(['table_name', (eb) => eb.fn.max('seq').as('seq')])
      .groupBy('table_name')
      .execute();
    this.#tableSeq.clear();
    for (const row of rows) this.#tableSeq.set(row.table_name as LoggedTable, Number(row.seq));
    this.#seq = Math.max(0, ...this.#tableSeq.values());
  }

  async #pollOnce(): Promise<void> {
    this.#polling = true;
    try {
      const outOfTouch = Date.now() - this.#status.lastSuccessAt > OUT_OF_TOUCH_MS;
      const last = await this.#db
        .selectFrom('change_log')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst();
      const lastSeq = Number(last?.seq ?? 0);
      if (outOfTouch || lastSeq < this.#seq) {
        // Replaced (restored into an empty database) or cut off too long: start again from what is stored.
        const before = this.#position();
        await this.#readPositions();
        await this.#dispatch({ seq: this.#seq, changed: new Map(), everything: true }, before);
      } else {
        while (lastSeq > this.#seq) {
          const rows = await this.#db
            .selectFrom('change_log')
            .select(['seq', 'table_name', 'record_id'])
            .where('seq', '>', this.#seq)
            .orderBy('seq')
            .limit(BATCH_ROWS)
            .execute();
          if (!rows.length) break;
          const before = this.#position();
          const changed = new Map<LoggedTable, Set<string>>();
          for (const row of rows) {
            const table = row.table_name as LoggedTable;
            if (!LOGGED_TABLES.includes(table)) continue;
            let ids = changed.get(table);
            if (!ids) changed.set(table, (ids = new Set()));
            ids.add(row.record_id);
            this.#tableSeq.set(table, Number(row.seq));
          }
          this.#seq = Number(rows.at(-1)!.seq);
          await this.#dispatch({ seq: this.#seq, changed, everything: false }, before);
        }
      }
      await this.#pruneNowAndThen();
      this.#setStatus({ ok: true, lastSuccessAt: Date.now() });
    } catch (error) {
      this.#setStatus({ ok: false, error: error instanceof Error ? error.message : String(error), lastSuccessAt: this.#status.lastSuccessAt });
      throw error;
    } finally {
      this.#polling = false;
    }
  }

  #position(): { seq: number; tableSeq: Map<LoggedTable, number> } {
    return { seq: this.#seq, tableSeq: new Map(this.#tableSeq) };
  }

  /**
   * The position already names the batch's end, so what listeners re-read carries the new
   * revision; when one fails, the position goes back and the next poll brings the batch again.
   */
  async #dispatch(batch: ChangeBatch, before: { seq: number; tableSeq: Map<LoggedTable, number> }): Promise<void> {
    try {
      for (const listener of this.#listeners) await listener(batch);
    } catch (error) {
      this.#seq = before.seq;
      this.#tableSeq.clear();
      for (const [table, seq] of before.tableSeq) this.#tableSeq.set(table, seq);
      throw error;
    }
  }

  /** Keeps the log a day long; every node may prune, the statement is idempotent. */
  async #pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.#prunedAt < PRUNE_EVERY_MS) return;
    this.#prunedAt = Date.now();
    const before = new Date(Date.now() - KEEP_LOG_MS).toISOString();
    const cutoff = this.#kind === 'postgres' ? sql`${before}::timestamptz` : sql`${before}`;
    await sql`delete from change_log where changed_at < ${cutoff}
      and seq not in (select max(seq) from change_log group by table_name)`.execute(this.#db);
  }

  #setStatus(status: ChangeFeedStatus): void {
    const changed = status.ok !== this.#status.ok;
    this.#status = status;
    if (changed) this.#onStatus?.(status);
  }
}
