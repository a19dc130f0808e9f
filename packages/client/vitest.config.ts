import { defineConfig } from 'vitest/config';
import { postgresForTests } from '@ngo-liaison/api/testing';

/*
 * Every test on the default backend (SQLite for the server-backed ones), and the tests against
 * the real server (`*.server.test.ts`) once more against a PostgreSQL-backed server. Without a
 * reachable PostgreSQL that project is one skipped test naming the reason; REQUIRE_POSTGRES=1
 * (CI) makes it an error.
 */
const postgres = await postgresForTests();
if ('skip' in postgres) console.warn(`\n${postgres.skip}\n`);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'default', include: ['test/**/*.test.ts'], exclude: ['test/postgres-unavailable.test.ts'] } },
      'url' in postgres
        ? {
            extends: true,
            test: {
              name: 'postgres',
              include: ['test/**/*.server.test.ts'],
              env: { LIAISON_TEST_BACKEND: 'postgres', LIAISON_TEST_POSTGRES_URL: postgres.url },
            },
          }
        : { extends: true, test: { name: 'postgres', include: ['test/postgres-unavailable.test.ts'], env: { LIAISON_TEST_POSTGRES_SKIPPED: postgres.skip } } },
    ],
  },
});
