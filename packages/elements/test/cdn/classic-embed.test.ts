/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CDN_DIR, VERSION, built, openPage, plainPage, useTwoOrigins } from './two-origins.js';

/*
 * The classic-script embed, for a CMS that can only write `<script src>`: a plain page on
 * origin A loads <widget>.classic.js from a Liaison server on origin B, which adds the
 * widget's module script from its own folder.
 */

const sri = (): Record<string, string> => JSON.parse(readFileSync(join(CDN_DIR, 'sri.json'), 'utf8'));

/** Each loader and the tags its module registers. */
const WIDGETS = [
  ['ngo-directory', ['ngo-directory', 'ngo-card']],
  ['ngo-forum-calendar', ['ngo-forum-calendar']],
  ['ngo-organization-profile', ['ngo-organization-profile']],
  ['ngo-programmes', ['ngo-match-list', 'ngo-field-office', 'ngo-focal-points', 'ngo-action-feed']],
] as const;

describe.skipIf(!built)('<script src=".../<widget>.classic.js"> on a plain page of another origin', () => {
  const origins = useTwoOrigins();

  test('the versioned loader shows the directory with data from api-base, its module and chunks from the same version', async () => {
    const { liaison, page: pageServer, browser } = origins;
    const widgets = `${liaison}/widgets/${VERSION}`;
    pageServer.add(
      '/classic-directory.html',
      plainPage(`<script src="${widgets}/ngo-directory.classic.js"></script>\n<ngo-directory api-base="${liaison}/v1"></ngo-directory>`),
    );
    const { context, page, errors } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${pageServer.origin}/classic-directory.html`);
    await expect.poll(() => page.locator('ngo-directory [part="item"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(scripts[0]).toBe(`${widgets}/ngo-directory.classic.js`);
    expect(scripts).toContain(`${widgets}/ngo-directory.js`);
    expect(scripts.filter((url) => url.includes('/chunks/')).length).toBeGreaterThan(0);
    expect(scripts.filter((url) => !url.startsWith(`${widgets}/`))).toEqual([]);
    await context.close();
  });

  test('every widget has a loader that registers its tags; the unversioned loader loads the unversioned module', async () => {
    const { liaison, page: pageServer, browser } = origins;
    const base = `${liaison}/widgets`;
    pageServer.add('/classic-all.html', plainPage(WIDGETS.map(([widget]) => `<script src="${base}/${widget}.classic.js"></script>`).join('\n')));
    const { context, page, errors } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${pageServer.origin}/classic-all.html`);
    const tags = WIDGETS.flatMap(([, elements]) => elements);
    await page.waitForFunction((names) => names.every((name) => customElements.get(name)), tags, { timeout: 20_000 });
    expect(errors).toEqual([]);
    for (const [widget] of WIDGETS) expect(scripts).toContain(`${base}/${widget}.js`);
    expect(scripts.some((url) => url.startsWith(`${base}/${VERSION}/`))).toBe(false);
    await context.close();
  });

  test('a loader pinned with integrity pins the module it adds; unpinned, it adds none', async () => {
    const { liaison, page: pageServer, browser } = origins;
    const widgets = `${liaison}/widgets/${VERSION}`;
    const hashes = sri();
    pageServer.add(
      '/classic-pinned.html',
      plainPage(
        `<script src="${widgets}/ngo-forum-calendar.classic.js" integrity="${hashes['ngo-forum-calendar.classic.js']}" crossorigin="anonymous"></script>\n` +
          `<script src="${widgets}/ngo-organization-profile.classic.js"></script>`,
      ),
    );
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${pageServer.origin}/classic-pinned.html`);
    await page.waitForFunction(() => customElements.get('ngo-forum-calendar') && customElements.get('ngo-organization-profile'), undefined, { timeout: 20_000 });
    expect(errors).toEqual([]);
    const integrityOf = (src: string) => page.evaluate((url) => document.querySelector<HTMLScriptElement>(`script[src="${url}"]`)?.integrity, src);
    expect(await integrityOf(`${widgets}/ngo-forum-calendar.js`)).toBe(hashes['ngo-forum-calendar.js']);
    expect(await integrityOf(`${widgets}/ngo-organization-profile.js`)).toBe('');
    await context.close();
  });

  test('stays small: under 500 bytes per loader', () => {
    for (const [widget] of WIDGETS) expect(readFileSync(join(CDN_DIR, `${widget}.classic.js`)).length, widget).toBeLessThan(500);
  });
});
