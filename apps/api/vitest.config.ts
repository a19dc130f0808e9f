import { defineConfig } from 'vitest/config';
import { postgresForTests } from './src/testing/test-postgres.js';

/*
 * The API suite runs twice: on SQLite (the default of `npm start`) and on PostgreSQL, each
 * test file with a database of its own. `*.sqlite.test.ts` concern SQLite alone (its file,
 * its old migrations), `*.postgres.test.ts` PostgreSQL alone (several nodes, a server
 * restart). Without a reachable PostgreSQL the second project is one skipped test naming the
 * reason; REQUIRE_POSTGRES=1 (CI) makes that an error instead.
 */
const postgres = await postgresForTests();
if ('skip' in postgres) console.warn(`\n${postgres.skip}\n`);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: ['test/**/*.postgres.test.ts', 'test/postgres-unavailable.test.ts'] } },
      'url' in postgres
        ? {
            extends: true,
            test: {
              name: 'postgres',
              include: ['test/**/*.test.ts'],
              exclude: ['test/**/*.sqlite.test.ts', 'test/postgres-unavailable.test.ts'],
              env: { LIAISON_TEST_BACKEND: 'postgres', LIAISON_TEST_POSTGRES_URL: postgres.url },
            },
          }
        : { extends: true, test: { name: 'postgres', include: ['test/postgres-unavailable.test.ts'], env: { LIAISON_TEST_POSTGRES_SKIPPED: postgres.skip } } },
    ],
  },
});
