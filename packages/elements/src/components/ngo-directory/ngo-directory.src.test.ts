import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cardIds, facetCheckbox, typeSearch } from '../../../test/directory.js';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';
import { listedByDefault } from '../../../test/fixtures.js';

// `src`: a static JSON export (the API's /v1/organizations.json saved on any web server),
// loaded once and searched in the browser.
useMockServiceWorker();
afterEach(cleanup);

const EXPORT = { items: SAMPLE_ORGANIZATIONS, total: SAMPLE_ORGANIZATIONS.length };

describe('<ngo-directory src>', () => {
  test('loads the export once, then searches and filters without another request', async () => {
    const requests = vi.fn();
    worker.use(
      http.get('/data/organizations.json', async () => {
        requests();
        await delay(100);
        return HttpResponse.json(EXPORT);
      }),
    );
    const el = mount<NgoDirectory>('<ngo-directory src="/data/organizations.json"></ngo-directory>');
    await el.updateComplete;
    expect(el.state).toBe('loading');
    expect(shadow(el, '[part="base"]')?.getAttribute('aria-busy')).toBe('true');
    await waitForState(el, 'list');
    expect(el.total).toBe(listedByDefault(SAMPLE_ORGANIZATIONS).length);
    await typeSearch(el, 'musees');
    expect(cardIds(el)).toContain('icom');
    facetCheckbox(el, 'sector', 'CLT')!.click();
    await el.updateComplete;
    expect(cardIds(el)).toContain('icom');
    expect(requests).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(el);
  });

  test('also reads a plain array of organisations; `src` wins over `api-base`', async () => {
    worker.use(http.get('/data/plain.json', () => HttpResponse.json(SAMPLE_ORGANIZATIONS.slice(0, 5))));
    const el = mount<NgoDirectory>('<ngo-directory src="/data/plain.json" api-base="https://nowhere.invalid/v1"></ngo-directory>');
    await waitForState(el, 'list');
    expect(cardIds(el)).toHaveLength(5);
  });

  test('a missing file is an error with Retry, which reads the file again', async () => {
    let missing = true;
    worker.use(
      http.get('/data/late.json', () => (missing ? new HttpResponse('Not found', { status: 404 }) : HttpResponse.json(EXPORT))),
    );
    const el = mount<NgoDirectory>('<ngo-directory src="/data/late.json"></ngo-directory>');
    await waitForState(el, 'error');
    expect(shadow(el, '[part="error-message"]')?.textContent).toBe('The server answered with an error (HTTP 404).');
    await expectNoAxeViolations(el);
    missing = false;
    shadow(el, '[part="retry"]')!.click();
    await waitForState(el, 'list');
  });

  test('a file that is not an export of organisations is refused with a clear message', async () => {
    worker.use(
      http.get('/data/bad.json', () => HttpResponse.json({ items: [{ id: 'x' }] })),
      http.get('/data/not-json.txt', () => new HttpResponse('<html>oops</html>', { headers: { 'content-type': 'text/html' } })),
    );
    for (const src of ['/data/bad.json', '/data/not-json.txt']) {
      const el = mount<NgoDirectory>(`<ngo-directory src="${src}" lang="fr"></ngo-directory>`);
      await waitForState(el, 'error');
      expect(shadow(el, '[part="error-message"]')?.textContent).toBe('Le serveur a envoyé des données dans un format inattendu.');
    }
  });

  test('changing src loads the new file and drops the old search results', async () => {
    worker.use(
      http.get('/data/a.json', () => HttpResponse.json(SAMPLE_ORGANIZATIONS.slice(0, 2))),
      http.get('/data/b.json', () => HttpResponse.json(SAMPLE_ORGANIZATIONS.slice(2, 5))),
    );
    const el = mount<NgoDirectory>('<ngo-directory src="/data/a.json"></ngo-directory>');
    await waitForState(el, 'list');
    expect(cardIds(el)).toHaveLength(2);
    el.src = '/data/b.json';
    await waitForState(el, 'loading');
    await waitForState(el, 'list');
    expect(cardIds(el)).toEqual(expect.arrayContaining(SAMPLE_ORGANIZATIONS.slice(2, 5).map((o) => o.id)));
  });
});
