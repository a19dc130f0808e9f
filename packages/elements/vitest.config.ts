/// <reference types="node" />
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const launchOptions = {
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
};

// Time-zone tests (*.tz.test.ts) also run in browsers whose zone and locale Playwright
// emulates: both hemispheres, DST and no DST, a half-hour offset, LTR and RTL locales.
const emulatedViewers = (
  [
    ['Asia/Kolkata', 'fr-FR'],
    ['America/Los_Angeles', 'en-US'],
    ['Pacific/Auckland', 'en-NZ'],
    ['Europe/Paris', 'fr-FR'],
    ['UTC', 'ar'],
  ] as const
).map(([timezoneId, locale]) => ({
  browser: 'chromium' as const,
  name: `chromium ${timezoneId} ${locale}`,
  include: ['src/**/*.tz.test.ts'],
  globalSetup: [],
  provider: playwright({ launchOptions, contextOptions: { timezoneId, locale } }),
}));

export default defineConfig({
  define: { __NGO_ELEMENTS_VERSION__: JSON.stringify('test') },
  // Serves public/mockServiceWorker.js at the origin's root, where msw/browser registers it.
  publicDir: 'public',
  optimizeDeps: {
    // Pre-bundled up front: discovering them mid-run reloads the page and flakes the run.
    include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'lit/directives/live.js', 'lit/directives/repeat.js', 'lit/directives/style-map.js', 'msw', 'msw/browser', 'axe-core', 'zod/mini', 'zod/locales', 'ical.js'],
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 15_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions }),
      instances: [{ browser: 'chromium' }, ...emulatedViewers],
    },
  },
});
