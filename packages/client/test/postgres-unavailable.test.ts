import { describe, it } from 'vitest';

// Only run when no PostgreSQL is reachable (see vitest.config.ts): the skip carries the reason.
describe.skip(process.env.LIAISON_TEST_POSTGRES_SKIPPED ?? 'PostgreSQL tests skipped', () => {
  it('runs the server-backed client tests on PostgreSQL', () => {});
});
