import { startServer, type RunningServer } from '@ngo-liaison/api';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { tempDbFile } from '../../api/test/temp-db.js';

/**
 * The instant both clocks are pinned to: the server seeds the sample events around it (this
 * month has an all-day event and a timed one, cancelled, during the demo General Conference), and the browser's `Date`
 * returns it, so the calendar opens on the same month in every run.
 */
export const NOW = new Date('2026-11-10T09:00:00Z');

/** A phone: the calendar switches to its agenda below 36rem. */
export const NARROW = { width: 360, height: 740 } as const;
const WIDE = { width: 1280, height: 900 } as const;

// Debian's Chromium, headless, with the flags every browser run in this repository uses.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface ServedDemo {
  server: RunningServer;
  browser: Browser;
  /**
   * A fresh page on `path` with the clock pinned to NOW, once its scripts have run. Page
   * errors, console errors and requests that failed are collected in `problems`.
   */
  open(path: string, options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** What went wrong in pages opened so far (a test expects it to stay empty). */
  problems: string[];
  close(): Promise<void>;
}

/** The real server on a fresh SQLite file serving apps/demo/public and the built widgets. */
export async function startServedDemo(): Promise<ServedDemo> {
  const db = tempDbFile();
  const server = await startServer({ port: 0, host: '127.0.0.1', dbFile: db.file, now: () => NOW });
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  } catch (error) {
    await server.close();
    db.cleanup();
    throw error;
  }
  return {
    server,
    browser,
    problems,
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: options.viewport ?? WIDE,
        locale: 'en-US',
        timezoneId: 'Europe/Paris',
        serviceWorkers: 'block',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${path}: console error: ${message.text()}`);
      });
      page.on('requestfailed', (request) => {
        // A widget cancels a fetch it no longer needs (a newer search, another language).
        const reason = request.failure()?.errorText ?? '';
        if (reason !== 'net::ERR_ABORTED') problems.push(`${path}: request failed: ${request.url()} (${reason})`);
      });
      // Date is fixed, timers still run: Lit's updates, debounced search and fetches behave as usual.
      await page.clock.setFixedTime(NOW);
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await server.close();
      db.cleanup();
    },
  };
}
