/// <reference types="node" />
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * `npm run bench`: browser benchmarks (bench/directory*.bench.ts) in headless Chromium.
 * Separate from `npm test`: they print figures instead of asserting times. The tests run
 * a short version of the same path (ngo-directory.scale.test.ts).
 */
export default defineConfig({
  define: {
    __NGO_ELEMENTS_VERSION__: JSON.stringify('bench'),
    'import.meta.env.BENCH_SIZE': JSON.stringify(process.env.BENCH_SIZE ?? '10000'),
    'import.meta.env.BENCH_ROUNDS': JSON.stringify(process.env.BENCH_ROUNDS ?? '3'),
    'import.meta.env.BENCH_PAGE_SIZE': JSON.stringify(process.env.BENCH_PAGE_SIZE ?? ''),
  },
  // Lit's production build, as on a real page (Vite would otherwise pick its dev build).
  resolve: { conditions: ['module', 'browser', 'production'] },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'lit/directives/live.js', 'lit/directives/repeat.js', 'zod/mini', 'zod/locales', 'minisearch'],
  },
  test: {
    include: ['bench/directory*.bench.ts', 'bench/calendar*.bench.ts'],
    testTimeout: 600_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
