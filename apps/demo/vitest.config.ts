import { defineConfig } from 'vitest/config';

// Node-side tests: they start the real server and drive Debian's Chromium with playwright-core.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
