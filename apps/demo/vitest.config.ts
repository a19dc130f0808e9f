import { defineConfig } from 'vitest/config';

// Node-side tests: they start the real server and drive Debian's Chromium with playwright-core.
// The longest test walks one page through seven states: 28 s on a 2-core machine at load
// average 19; the timeouts leave room for more load.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
});
