import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { categoryInForce } from '@ngo-liaison/core';
import { createHandlers } from '@ngo-liaison/client/msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cardIds, chips, expectAnnouncement, facetCheckbox, facetOptions, typeSearch } from '../../../test/directory.js';
import { cleanup, mount, shadow, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

// Server-side search: `api-base` builds a client (loaded on demand); msw answers with core's
// index, the same code as the API. Typing waits for a pause before asking the server.
useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const API = 'https://api.liaison.test/v1';

async function directory(attributes = ''): Promise<{ el: NgoDirectory; requests: URL[] }> {
  const requests: URL[] = [];
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/organizations')) requests.push(url);
  });
  worker.use(...createHandlers({ baseUrl: API, organizations: SAMPLE_ORGANIZATIONS }));
  const el = mount<NgoDirectory>(`<ngo-directory api-base="${API}" ${attributes}></ngo-directory>`);
  await waitForState(el, 'list');
  return { el, requests };
}

describe('<ngo-directory api-base> searching on the server', () => {
  test('typing sends one request after a pause, with q and the page language', async () => {
    const { el, requests } = await directory('lang="fr"');
    expect(requests).toHaveLength(1);
    expect(requests[0]!.searchParams.get('lang')).toBe('fr');
    await typeSearch(el, 'musees');
    await expect.poll(() => cardIds(el)).toContain('icom');
    // One request for the page, one for the whole word: not one per letter.
    expect(requests).toHaveLength(2);
    expect(requests[1]!.searchParams.get('q')).toBe('musees');
    await expectAnnouncement(el, /^\d+ organisations? trouvées?$/);
    await expectNoAxeViolations(el);
  });

  test('a word in another language finds an organisation through its field; the interest facet and chip show labels in the page language', async () => {
    const { el } = await directory('lang="fr" facets="interest"');
    await typeSearch(el, 'ingénieurs');
    await expect.poll(() => cardIds(el)).toEqual(['wfeo']);
    await expect.poll(() => facetOptions(el, 'interest')).toEqual(['ingénierie 1']);
    facetCheckbox(el, 'interest', 'engineering')!.click();
    await expect.poll(() => chips(el).map((chip) => chip.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['ingénierie×']);
    await expectNoAxeViolations(el);
  });

  test('facets come from the server’s counts; ticking one filters on the server', async () => {
    const { el, requests } = await directory();
    expect(facetOptions(el, 'status').some((option) => option.startsWith('Associate partner '))).toBe(true);
    facetCheckbox(el, 'status', 'associate')!.click();
    await expect.poll(() => requests.length).toBe(2);
    facetCheckbox(el, 'sector', 'CLT')!.click();
    await expect.poll(() => requests.length).toBe(3);
    expect(requests[2]!.searchParams.getAll('status')).toEqual(['associate']);
    expect(requests[2]!.searchParams.getAll('sector')).toEqual(['CLT']);
    await expect.poll(() => cardIds(el)).toContain('icom');
    const expected = SAMPLE_ORGANIZATIONS.filter(
      (org) => categoryInForce(org) === 'associate' && org.sectors.includes('CLT'),
    );
    await expect.poll(() => el.total).toBe(expected.length);
    expect(chips(el)).toHaveLength(2);
    await expectNoAxeViolations(el);
  });

  test('results stay on screen while the next ones load (aria-busy), and a slower old answer never wins', async () => {
    const { el } = await directory();
    await typeSearch(el, 'world');
    expect(shadow(el, '[part="base"]')?.getAttribute('aria-busy')).toBe('true');
    expect(cardIds(el).length).toBeGreaterThan(0);
    await typeSearch(el, ' engineering');
    await expect.poll(() => el.query.q).toBe('world engineering');
    await expect.poll(() => shadow(el, '[part="base"]')?.getAttribute('aria-busy')).toBe('false');
    expect(cardIds(el)).toContain('wfeo');
    expect(cardIds(el)).not.toContain('wfuca');
  });

  test('an unknown value in a shared URL is the server’s 400, shown as an error', async () => {
    const original = location.href;
    try {
      const url = new URL(original);
      url.searchParams.set('country', 'ZZ');
      history.replaceState(null, '', url);
      worker.use(...createHandlers({ baseUrl: API, organizations: SAMPLE_ORGANIZATIONS }));
      const el = mount<NgoDirectory>(`<ngo-directory api-base="${API}" sync-url></ngo-directory>`);
      await waitForState(el, 'error');
      expect(shadow(el, '[part="error-message"]')?.textContent).toBe('The server answered with an error (HTTP 400).');
      // The chip is there to remove the bad filter.
      chips(el)[0]!.click();
      await waitForState(el, 'list');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
