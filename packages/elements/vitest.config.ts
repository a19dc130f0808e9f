/// <reference types="node" />
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __NGO_ELEMENTS_VERSION__: JSON.stringify('test') },
  // Serves public/mockServiceWorker.js at the origin's root, where msw/browser registers it.
  publicDir: 'public',
  optimizeDeps: {
    // Pre-bundled up front: discovering them mid-run reloads the page and flakes the run.
    include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'msw', 'msw/browser', 'axe-core', 'ky', 'zod/mini', 'zod/locales'],
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 15_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          // Debian's Chromium: nothing may download a browser on this machine or in CI.
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
