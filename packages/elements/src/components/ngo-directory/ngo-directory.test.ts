import { COUNTRIES } from '@ngo-liaison/core/reference';
import type { Organization } from '@ngo-liaison/core';
import { createClient } from '@ngo-liaison/client';
import { createHandlers } from '@ngo-liaison/client/msw';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { HOSTILE_NAME, ORGANIZATIONS, makeOrganization, manyOrganizations } from '../../../test/fixtures.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoCard } from '../ngo-card/ngo-card.element.js';
import type { NgoOrganizationSelectEvent } from '../../events/ngo-organization-select.js';
import type { NgoDirectory, OrganizationSource } from './ngo-directory.element.js';
import './ngo-directory.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';

function directory(attributes = ''): NgoDirectory {
  return mount<NgoDirectory>(`<ngo-directory api-base="${API}" ${attributes}></ngo-directory>`);
}

function cards(el: NgoDirectory): NgoCard[] {
  return shadowAll<NgoCard>(el, 'ngo-card');
}

function card(el: NgoDirectory, id: string): NgoCard {
  const found = cards(el).find((c) => c.organization?.id === id);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

function text(host: Element, selector: string): string {
  return shadow(host, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function countryName(code: string, lang: 'en' | 'ar'): string {
  const country = COUNTRIES.find((c) => c.code === code);
  return country?.name[lang] ?? country?.name.en ?? code;
}

const notFound = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such route' },
    { status: 404, headers: { 'content-type': 'application/problem+json' } },
  );

describe('<ngo-directory> fed by msw', () => {
  test('lists organisations with names, acronym, headquarters, sectors and website', async () => {
    worker.use(...createHandlers({ baseUrl: API, organizations: ORGANIZATIONS }));
    const el = directory();
    await waitForState(el, 'list');

    expect(cards(el)).toHaveLength(3);
    expect(el.matches(':state(list)')).toBe(true);
    expect(text(el, '[part="count"]')).toBe('3 organisations');
    // The visible count is not a live region; a separate one announces counts once typing pauses.
    expect(shadow(el, '[part="status"]')?.hasAttribute('role')).toBe(false);
    expect(shadow(el, '[part="announcer"]')?.getAttribute('role')).toBe('status');
    expect(shadow(el, '[part="base"]')?.getAttribute('aria-busy')).toBe('false');

    const lantern = card(el, 'lantern-society');
    await lantern.updateComplete;
    expect(text(lantern, '[part="name"]')).toBe('Lantern Literacy Society');
    expect(text(lantern, '[part="acronym"]')).toBe('LLS');
    expect(text(lantern, '[part="headquarters"]')).toBe(`Paris, ${countryName('FR', 'en')}`);
    expect(shadowAll(lantern, '[part="sector"]').map((s) => s.textContent?.trim())).toEqual([
      'Education Sector',
      'Culture Sector',
    ]);
    const link = shadow<HTMLAnchorElement>(lantern, '[part="website"]');
    expect(link?.href).toBe('https://www.lantern.example.org/about');
    expect(link?.textContent?.trim()).toBe('lantern.example.org');
    expect(text(lantern, '[part="badge"]')).toBe('Fictional organisation (demo data)');

    await expectNoAxeViolations(el);
  });

  test('shows a visible, busy loading state until the first page arrives', async () => {
    worker.use(
      http.get(`${API}/organizations`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const el = directory();
    await el.updateComplete;

    expect(el.state).toBe('loading');
    expect(shadow(el, '[part="base"]')?.getAttribute('aria-busy')).toBe('true');
    expect(text(el, '[part="status"]')).toBe('Loading…');
    expect(shadow(el, '[part="list"]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  test('shows the empty state when there are no organisations', async () => {
    worker.use(...createHandlers({ baseUrl: API, organizations: [] }));
    const el = directory();
    await waitForState(el, 'empty');

    expect(text(el, '[part="status"]')).toBe('No organisations to show.');
    expect(shadow(el, '[part="list"]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  test('shows an error with a Retry button that refetches', async () => {
    let fail = true;
    worker.use(
      http.get(`${API}/organizations`, () => (fail ? notFound() : undefined)),
      ...createHandlers({ baseUrl: API, organizations: ORGANIZATIONS }),
    );
    const el = directory();
    await waitForState(el, 'error');

    expect(el.matches(':state(error)') && !el.matches(':state(list)')).toBe(true);
    const alert = shadow(el, '[part="error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(text(el, '[part="error-title"]')).toBe('The directory could not be loaded.');
    expect(text(el, '[part="error-message"]')).toBe('The server answered with an error (HTTP 404).');
    expect((el.error as { kind?: string }).kind).toBe('http');
    await expectNoAxeViolations(el);

    fail = false;
    shadow(el, '[part="retry"]')!.click();
    await waitForState(el, 'list');
    expect(cards(el)).toHaveLength(3);
    expect(shadow(el, '[part="error"]')).toBeNull();
    // The Retry button is gone; focus stays in the widget instead of falling to <body>.
    expect(el.shadowRoot?.activeElement).toBe(shadow(el, '[part="base"]'));
  });

  test('renders in Arabic, right to left, with fallbacks marked', async () => {
    worker.use(...createHandlers({ baseUrl: API, organizations: ORGANIZATIONS }));
    const el = directory('lang="ar"');
    await waitForState(el, 'list');

    const base = shadow(el, '[part="base"]')!;
    expect(base.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(base).direction).toBe('rtl');
    expect(text(el, '[part="count"]')).toMatch(/منظمات$/); // 3 → the Arabic "few" form
    expect(shadow(el, '[part="list"]')?.getAttribute('aria-label')).toBe('المنظمات');

    const lantern = card(el, 'lantern-society');
    await lantern.updateComplete;
    expect(text(lantern, '[part="name"]')).toBe('جمعية الفانوس لمحو الأمية');
    expect(shadow(lantern, '[part="name"]')?.hasAttribute('lang')).toBe(false);
    expect(text(lantern, '[part="headquarters"]')).toBe(`Paris، ${countryName('FR', 'ar')}`);
    expect(shadowAll(lantern, 'dt').map((dt) => dt.textContent)).toContain('القطاعات');

    // No Arabic name: the English one is shown and marked as English, left to right.
    const harbour = card(el, 'harbour-network');
    const name = shadow(harbour, '[part="name"]')!;
    expect(name.textContent?.trim()).toBe('Harbour Science Network');
    expect(name.getAttribute('lang')).toBe('en');
    expect(name.getAttribute('dir')).toBe('ltr');

    await expectNoAxeViolations(el);
  });

  test('follows the page language when <html lang> changes', async () => {
    worker.use(...createHandlers({ baseUrl: API, organizations: ORGANIZATIONS }));
    const el = directory();
    await waitForState(el, 'list');
    const html = document.documentElement;
    const previous = html.getAttribute('lang');
    try {
      html.setAttribute('lang', 'fr-CA');
      await expect.poll(() => text(el, '[part="count"]')).toBe('3 organisations');
      await expect.poll(() => shadow(el, '[part="base"]')?.getAttribute('lang')).toBe('fr');
      await expect.poll(() => text(card(el, 'harbour-network'), '[part="name"]')).toBe('Réseau scientifique du Port');
      html.setAttribute('lang', 'ar');
      await expect.poll(() => shadow(el, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    } finally {
      if (previous === null) html.removeAttribute('lang');
      else html.setAttribute('lang', previous);
    }
  });

  test('Tab reaches a card and Enter emits ngo-organization-select (bubbles, composed)', async () => {
    worker.use(...createHandlers({ baseUrl: API, organizations: ORGANIZATIONS }));
    const el = directory();
    await waitForState(el, 'list');
    const events: NgoOrganizationSelectEvent[] = [];
    const listener = (event: NgoOrganizationSelectEvent) => events.push(event);
    document.addEventListener('ngo-organization-select', listener);
    try {
      (document.activeElement as HTMLElement | null)?.blur();
      // Search box, facet checkboxes, sort, export buttons, then the first card.
      const first = cards(el)[0]!;
      const name = shadow(first, '[part="name"]');
      for (let i = 0; i < 60 && deepActiveElement() !== name; i++) await userEvent.tab();
      expect(deepActiveElement()).toBe(name);
      await userEvent.keyboard('{Enter}');

      expect(events).toHaveLength(1);
      expect(events[0]!.bubbles).toBe(true);
      expect(events[0]!.composed).toBe(true);
      expect(events[0]!.organization.id).toBe(first.organization?.id);
      expect(events[0]!.target).toBe(el); // retargeted to the widget for the page
    } finally {
      document.removeEventListener('ngo-organization-select', listener);
    }
  });

  test('"Load more" fetches the next page and moves focus to the first new card', async () => {
    const requests: URL[] = [];
    worker.events.on('request:start', ({ request }) => void requests.push(new URL(request.url)));
    worker.use(...createHandlers({ baseUrl: API, organizations: manyOrganizations(25) }));
    const el = directory('page-size="10"');
    await waitForState(el, 'list');

    expect(cards(el)).toHaveLength(10);
    expect(text(el, '[part="count"]')).toBe('Showing 10 of 25 organisations');
    expect(requests[0]?.searchParams.get('limit')).toBe('10');

    const more = shadow(el, '[part="load-more"]')!;
    more.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => cards(el).length).toBe(20);
    await expect.poll(() => deepActiveElement()).toBe(shadow(cards(el)[10]!, '[part="name"]'));

    shadow(el, '[part="load-more"]')!.click();
    await expect.poll(() => cards(el).length).toBe(25);
    await el.updateComplete;
    expect(shadow(el, '[part="load-more"]')).toBeNull();
    expect(text(el, '[part="count"]')).toBe('25 organisations');
    expect(new Set(cards(el).map((c) => c.organization?.id)).size).toBe(25);
    worker.events.removeAllListeners();
  });

  test('a failed "Load more" keeps the list and retries the same page', async () => {
    let failNextPage = true;
    worker.use(
      http.get(`${API}/organizations`, ({ request }) =>
        failNextPage && new URL(request.url).searchParams.has('cursor') ? notFound() : undefined,
      ),
      ...createHandlers({ baseUrl: API, organizations: manyOrganizations(15) }),
    );
    const el = directory('page-size="10"');
    await waitForState(el, 'list');
    shadow(el, '[part="load-more"]')!.click();
    await expect.poll(() => shadow(el, '[part="error"]')).not.toBeNull();
    expect(el.state).toBe('list');
    expect(cards(el)).toHaveLength(10);
    await expectNoAxeViolations(el);

    failNextPage = false;
    shadow(el, '[part="retry"]')!.click();
    await expect.poll(() => cards(el).length).toBe(15);
    expect(shadow(el, '[part="error"]')).toBeNull();
  });

  test('renders hostile text as text', async () => {
    worker.use(...createHandlers({ baseUrl: API, organizations: ORGANIZATIONS }));
    const el = directory();
    await waitForState(el, 'list');
    const hostile = card(el, 'hostile');
    await hostile.updateComplete;

    expect(text(hostile, '[part="name"]')).toBe(HOSTILE_NAME);
    expect(hostile.shadowRoot?.querySelector('img')).toBeNull();
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
  });

  test('static .items are shown without fetching; non-http websites are not linked', async () => {
    const onRequest = vi.fn();
    // Lazy modules (the index, country names) go through the service worker too: count API calls only.
    worker.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.includes('/v1/')) onRequest(request.url);
    });
    const el = directory();
    el.items = [
      makeOrganization('script-site', { website: 'javascript:alert(1)' }),
      makeOrganization('data-site', { website: 'data:text/html,<b>x</b>' }),
    ] as Organization[];
    await waitForState(el, 'list');
    await Promise.all(cards(el).map((c) => c.updateComplete));

    expect(cards(el)).toHaveLength(2);
    expect(cards(el).flatMap((c) => shadowAll(c, 'a'))).toHaveLength(0);
    expect(onRequest).not.toHaveBeenCalled();
    worker.events.removeAllListeners();
  });

  test('aborts the in-flight request on removal and when the source changes', async () => {
    const signals: AbortSignal[] = [];
    const pending: OrganizationSource = {
      organizations: {
        list: ({ signal }) => {
          signals.push(signal!);
          return new Promise(() => {});
        },
      },
    };
    const el = mount<NgoDirectory>('<ngo-directory></ngo-directory>');
    el.client = pending;
    await el.updateComplete;
    expect(signals).toHaveLength(1);

    el.pageSize = 5; // a new query supersedes the old one
    await el.updateComplete;
    expect(signals[0]!.aborted).toBe(true);
    expect(signals).toHaveLength(2);

    el.remove();
    expect(signals[1]!.aborted).toBe(true);
    document.body.append(el); // put back: loads again
    await el.updateComplete;
    expect(signals).toHaveLength(3);
    expect(el.state).toBe('loading');
    el.remove();
  });

  test('a .client property wins over api-base and its errors are shown', async () => {
    worker.use(http.get('*/v1/organizations', () => HttpResponse.error()));
    const el = directory();
    el.client = createClient({ baseUrl: '/v1', retries: 0 });
    await waitForState(el, 'error');
    expect(text(el, '[part="error-message"]')).toBe(
      'The server could not be reached. Check your connection, then try again.',
    );
    await expectNoAxeViolations(el);
  });
});
