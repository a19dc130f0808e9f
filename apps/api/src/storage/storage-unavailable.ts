/** SQLSTATE classes and codes of a PostgreSQL server that is away or refusing work for now. */
const POSTGRES_UNAVAILABLE = /^(08|53|57P0[1-3])/;
/** Node's socket errors when the server is not (or no longer) listening. */
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * Whether `error` means "the database cannot be reached right now" (a restart, a failover,
 * a full connection pool, a locked SQLite file) rather than a defect: those requests are
 * answered 503 with Retry-After, and the node recovers by itself when the database is back.
 */
export function isStorageUnavailable(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (SOCKET_ERRORS.has(code) || POSTGRES_UNAVAILABLE.test(code) || code === 'SQLITE_BUSY')) return true;
    // pg's own messages for a connection lost or never made (no code on these).
    if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(e.message)) return true;
  }
  return false;
}
