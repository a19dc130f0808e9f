import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';

/*
 * Kysely opens SQLite transactions with a plain BEGIN (deferred): the transaction reads from a
 * snapshot and asks for the write lock only at its first write. When another process (a second
 * node, the command line, the outbox loop of another node) has committed in between, SQLite
 * cannot upgrade the stale snapshot and answers SQLITE_BUSY at once — busy_timeout does not
 * apply — so a read-then-write route fails under ordinary contention.
 *
 * BEGIN IMMEDIATE takes the write lock first, waiting up to busy_timeout for it, so
 * read-then-write transactions queue instead of failing. WAL readers are not blocked by it;
 * transactions declared read-only keep the deferred BEGIN and never hold the lock.
 */
class SqliteImmediateDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin' : 'begin immediate'));
  }
}

/** The better-sqlite3 dialect whose read-write transactions begin IMMEDIATE. */
export class SqliteImmediateDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new SqliteImmediateDriver(this.#config);
  }
}
