import pg from 'pg';

/** Where the tests look for PostgreSQL when LIAISON_TEST_POSTGRES_URL is unset: what scripts/postgres-cluster.sh starts. */
export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres@127.0.0.1:55432/postgres';

export type PostgresForTests = { url: string } | { skip: string };

/**
 * Whether the tests can use a PostgreSQL server (an administrative URL: they create and drop
 * a database per test file). Without one, PostgreSQL tests skip with this reason — unless
 * REQUIRE_POSTGRES=1 (CI), where its absence is an error.
 */
export async function postgresForTests(env: NodeJS.ProcessEnv = process.env): Promise<PostgresForTests> {
  const url = env.LIAISON_TEST_POSTGRES_URL?.trim() || DEFAULT_TEST_POSTGRES_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url };
  } catch (error) {
    const reason =
      `PostgreSQL tests skipped: no server at ${url} (${error instanceof Error ? error.message : String(error)}). ` +
      'Start one with `bash scripts/postgres-cluster.sh start`, or set LIAISON_TEST_POSTGRES_URL.';
    if (env.REQUIRE_POSTGRES === '1') throw new Error(`REQUIRE_POSTGRES=1 but ${reason.replace('PostgreSQL tests skipped: ', '')}`, { cause: error });
    return { skip: reason };
  } finally {
    await client.end().catch(() => {});
  }
}
