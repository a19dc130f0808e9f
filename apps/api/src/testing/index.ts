// Test helpers for code that starts a Liaison server (the client's server-backed tests use them).
export { tempDatabase, tempSqliteDatabase, tempPostgresDatabase, testBackend, type TempDatabase, type TestBackend } from './temp-database.js';
export { postgresForTests, DEFAULT_TEST_POSTGRES_URL, type PostgresForTests } from './test-postgres.js';
