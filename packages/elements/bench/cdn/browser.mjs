import { chromium } from 'playwright-core';

/*
 * Debian's Chromium through playwright-core, with the flags of vitest.bench.config.ts, so
 * the figures are comparable with `npm run bench`. Every page gets a laptop-sized viewport
 * and may load only from the bench server: any other request is aborted and counted.
 */

export const VIEWPORT = { width: 1280, height: 800 };

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
}

/**
 * A fresh context and page on `origin`. `problems` collects uncaught page errors, console
 * errors and blocked off-origin requests; the run reports them and fails on page errors.
 */
export async function openPage(browser, origin, problems) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', serviceWorkers: 'block' });
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      problems.blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    page,
    cdp,
    /** CDP Performance.getMetrics as a name → value map (durations in seconds). */
    async metrics() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    },
    close: () => context.close(),
  };
}

export function emptyProblems() {
  return { pageErrors: [], consoleErrors: [], blocked: [] };
}
