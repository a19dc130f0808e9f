/// <reference types="node" />
import { defineConfig } from 'vitest/config';

// The CDN as embedders use it (test/cdn/): Node starts a Liaison server and a partner page on
// two origins and drives Debian's Chromium with playwright-core, so a page can be on another
// origin than the bundle — which Vitest's browser mode, one page on one origin, cannot do.
export default defineConfig({
  test: {
    include: ['test/cdn/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
  },
});
