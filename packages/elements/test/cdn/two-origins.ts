/// <reference types="node" />
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, VIEWPORT } from '../../bench/cdn/browser.mjs';
import { startServer as startPageServer, type BenchServer } from '../../bench/cdn/server.mjs';

/*
 * An embedder's set-up on one machine: origin A, a partner's page (the bench's static server,
 * which also sends COOP/COEP, so every cross-origin file must allow itself), and origin B, a
 * Liaison server (the reference API with the built dist/cdn under /widgets/ and the sample
 * data under /v1, on a throwaway SQLite file). Two ports on 127.0.0.1 are two origins.
 * Needs `npm run build` (dist/cdn and apps/api/dist); Chromium from CHROMIUM_PATH.
 */

export const CDN_DIR = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const built = existsSync(join(CDN_DIR, 'sri.json'));

export interface TwoOrigins {
  /** Origin A: the partner page. */
  page: BenchServer;
  /** Origin B: the Liaison server, e.g. http://localhost:1234 (API at /v1, widgets at /widgets/). */
  liaison: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startTwoOrigins(): Promise<TwoOrigins> {
  const { startServer } = await import('@ngo-liaison/api');
  const dir = mkdtempSync(join(tmpdir(), 'liaison-cdn-'));
  const api = await startServer({ port: 0, host: '127.0.0.1', dbFile: join(dir, 'liaison.db'), demoDir: null });
  const page = await startPageServer({ cdnDir: CDN_DIR });
  const browser = await launchBrowser();
  return {
    page,
    liaison: api.url,
    browser,
    async close() {
      await browser.close();
      await page.close();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The two origins for a test file: started before its tests (Chromium and two servers take a
 * few seconds on a loaded machine, hence the long hook timeout) and closed after them.
 */
export function useTwoOrigins(): Omit<TwoOrigins, 'close'> {
  let origins: TwoOrigins | undefined;
  beforeAll(async () => {
    origins = await startTwoOrigins();
  }, 60_000);
  afterAll(() => origins?.close());
  const started = (): TwoOrigins => {
    if (!origins) throw new Error('the two origins are used before beforeAll has started them');
    return origins;
  };
  return {
    get page() {
      return started().page;
    },
    get liaison() {
      return started().liaison;
    },
    get browser() {
      return started().browser;
    },
  };
}

/**
 * A plain HTML page with `body` (no script of its own: what a CMS page gives). Its empty icon
 * keeps Chromium from asking origin A for /favicon.ico, a 404 in the console otherwise.
 */
export function plainPage(body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Partner page</title><link rel="icon" href="data:,"></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** A fresh browser context (no cache, no cookies) and its page, with errors collected. */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  return { context, page, errors };
}
