import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Property tests that parse hundreds of iCalendar events with ical.js take a few seconds on a
  // busy 2-core machine; the default 5 s would fail them for load, not for a defect.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000 },
});
