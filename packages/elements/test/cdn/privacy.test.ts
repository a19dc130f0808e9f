/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { VERSION, built, openPage, plainPage, useTwoOrigins } from './two-origins.js';

/*
 * The README's "Privacy for embedders", held: a partner page on origin A embeds every CDN
 * widget from a Liaison server on origin B (api-base on B; one directory with `src`, a static
 * export on B), a visitor uses them (searches the directory, opens an event, re-weights the
 * match list), and then the page has no cookie, no storage of any kind, and made no request
 * but its own page, B's /widgets/{version}/ (the bundles and their chunks) and B's /v1
 * (api-base and src).
 */

/** Every kind of storage a script on the page could have written, in the page's origin. */
async function storageInPage(page: Page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    cacheStorage: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

const NOTHING_STORED = { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], cacheStorage: [], serviceWorkers: 0 };

describe.skipIf(!built)('privacy for embedders: the CDN widgets on another origin', () => {
  const origins = useTwoOrigins();

  test('set no cookie, use no storage, and request nothing but their bundle, api-base and src', async () => {
    const { liaison, page: pageServer, browser } = origins;
    const widgets = `${liaison}/widgets/${VERSION}`;
    const api = `${liaison}/v1`;
    pageServer.add(
      '/all-widgets.html',
      plainPage(`
<script type="module" src="${widgets}/ngo-directory.js"></script>
<script type="module" src="${widgets}/ngo-forum-calendar.js"></script>
<script type="module" src="${widgets}/ngo-organization-profile.js"></script>
<script type="module" src="${widgets}/ngo-programmes.js"></script>
<ngo-directory api-base="${api}"></ngo-directory>
<ngo-directory id="static" src="${api}/organizations.json"></ngo-directory>
<ngo-forum-calendar api-base="${api}" view="agenda"></ngo-forum-calendar>
<ngo-organization-profile api-base="${api}" org-id="icom"></ngo-organization-profile>
<ngo-match-list api-base="${api}" programme="demo-living-heritage-communities"></ngo-match-list>
<ngo-field-office api-base="${api}" code="abuja"></ngo-field-office>
<ngo-focal-points api-base="${api}" sector="ED"></ngo-focal-points>
<ngo-action-feed api-base="${api}"></ngo-action-feed>`),
    );

    const { context, page, errors } = await openPage(browser);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const pageUrl = `${pageServer.origin}/all-widgets.html`;
    await page.goto(pageUrl);

    // Each widget shows data from api-base.
    await expect.poll(() => page.locator('ngo-directory [part="item"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#static [part="item"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.locator('ngo-organization-profile [part="name"]').waitFor({ timeout: 20_000 });
    await page.locator('ngo-match-list [part="item"]').first().waitFor({ timeout: 20_000 });

    // A visitor searches, opens an event, re-weights the matches.
    const count = page.locator('ngo-directory:not(#static) [part="count"]');
    const everyOrganisation = await count.textContent();
    await page.locator('ngo-directory:not(#static) [part="search-input"]').fill('musees');
    await expect.poll(() => count.textContent(), { timeout: 10_000 }).not.toBe(everyOrganisation);
    await page.locator('ngo-forum-calendar [part~="event-title"]').first().click({ timeout: 20_000 });
    await page.locator('ngo-forum-calendar ngo-event-detail [part="add-to-calendar"]').waitFor({ timeout: 20_000 });
    await page.locator('ngo-match-list [part="slider"]').first().fill('5');
    await page.waitForLoadState('networkidle');

    expect(errors).toEqual([]);
    const outside = requests.filter((url) => url !== pageUrl && !url.startsWith(`${widgets}/`) && !url.startsWith(`${api}/`));
    expect(outside).toEqual([]);
    // The chunks came from the versioned folder of the entry that imported them.
    expect(requests.some((url) => url.startsWith(`${widgets}/chunks/ngo-forum-calendar/ngo-event-detail-`))).toBe(true);
    expect(requests.some((url) => url.startsWith(`${api}/organizations?`) && url.includes('q=musees'))).toBe(true);

    expect(await storageInPage(page)).toEqual(NOTHING_STORED);
    const state = await context.storageState({ indexedDB: true });
    expect(state.cookies).toEqual([]);
    expect(state.origins).toEqual([]);

    // The control: the same probes see what a script does store.
    await page.evaluate(() => localStorage.setItem('probe', '1'));
    expect((await storageInPage(page)).localStorage).toBe(1);
    expect((await context.storageState()).origins).toHaveLength(1);
    await context.close();
  });
});
