import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { categoryInForce, pickText } from '@ngo-liaison/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import {
  cardIds,
  cards,
  chips,
  expectAnnouncement,
  facet,
  facetCheckbox,
  facetOptions,
  searchInput,
  statusText,
  typeSearch,
} from '../../../test/directory.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import type { NgoSearchChangeEvent } from '../../events/ngo-search-change.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';
import { listedByDefault } from '../../../test/fixtures.js';

afterEach(cleanup);

// Search in the browser: the sample data set given as `items` (the "small dataset" path).
async function directory(attributes = ''): Promise<NgoDirectory> {
  const el = mount<NgoDirectory>(`<ngo-directory ${attributes}></ngo-directory>`);
  el.items = SAMPLE_ORGANIZATIONS;
  await waitForState(el, 'list');
  return el;
}

describe('<ngo-directory> searching its own items', () => {
  test('search as you type: "musees" finds ICOM (by its French name, without accents)', async () => {
    const el = await directory('page-size="100"');
    expect(cardIds(el)).toHaveLength(listedByDefault(SAMPLE_ORGANIZATIONS).length);
    const input = searchInput(el);
    expect(input.type).toBe('search');
    expect(shadow(el, '[part="search"]')?.getAttribute('role')).toBe('search');
    expect(shadow(el, 'label[for="search"]')?.textContent?.trim()).toBe('Search organisations');

    await typeSearch(el, 'musees');
    expect(cardIds(el)).toContain('icom');
    expect(cardIds(el).length).toBeLessThan(SAMPLE_ORGANIZATIONS.length);
    // Best match first once there are words to rank by.
    expect(shadow<HTMLSelectElement>(el, '[part="sort"]')?.value).toBe('relevance');

    await el.updateComplete;
    const icom = cards(el).find((card) => card.organization?.id === 'icom')!;
    await icom.updateComplete;
    // The English name is shown; it matched through the French one, so nothing is marked.
    expect(shadowAll(icom, '[part="mark"]')).toHaveLength(0);
    expect(shadow(icom, '[part="name"]')?.textContent?.trim()).toBe('International Council of Museums');
    await expectAnnouncement(el, /^\d+ organisations? found$/);
    await expectNoAxeViolations(el);
  });

  test('marks matched words in names', async () => {
    const el = await directory('lang="fr"');
    await typeSearch(el, 'musées');
    const icom = cards(el).find((card) => card.organization?.id === 'icom')!;
    await icom.updateComplete;
    expect(shadowAll(icom, '[part="mark"]').map((mark) => mark.textContent)).toEqual(['musées']);
    expect(shadow(icom, '[part="name"]')?.textContent?.trim()).toBe('Conseil international des musées');
  });

  test('Escape in the search box clears the search', async () => {
    const el = await directory();
    await typeSearch(el, 'icom');
    expect(el.query.q).toBe('icom');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(searchInput(el).value).toBe('');
    expect(el.query.q).toBe('');
  });

  test('no match: says so, in the status line and the live region', async () => {
    const el = await directory();
    await typeSearch(el, 'zzzqqq');
    expect(el.state).toBe('empty');
    expect(statusText(el)).toBe('No organisations match your search.');
    await expectAnnouncement(el, 'No organisations match your search.');
    await expectNoAxeViolations(el);
  });

  test('official partners by default; the Standing facet shows the others, labelled', async () => {
    const el = await directory('page-size="100"');
    expect(cardIds(el)).not.toContain('icomos');
    const unattested = SAMPLE_ORGANIZATIONS.filter((org) => org.partnership.length === 0);
    expect(facetOptions(el, 'standing')).toContain(`No official partnership attested ${unattested.length}`);
    facetCheckbox(el, 'standing', 'not-attested')!.click();
    await el.updateComplete;
    await expect.poll(() => cardIds(el).sort()).toEqual(unattested.map((org) => org.id).sort());
    const icomos = cards(el).find((card) => card.organization?.id === 'icomos')!;
    expect(shadow(icomos, '[part="status"]')?.textContent).toBe('No official partnership attested');
    await expectNoAxeViolations(el);
  });

  test('facets are fieldsets of checkboxes with counts; associate partners of the Culture sector', async () => {
    const el = await directory('page-size="50"');
    const status = facet(el, 'status')!;
    expect(status.querySelector('legend')?.textContent?.trim()).toBe('Partnership category');
    expect(facetOptions(el, 'status').some((option) => /^Associate partner \d+$/.test(option))).toBe(true);
    expect(facetOptions(el, 'sector')).toContain(
      `Culture Sector ${listedByDefault(SAMPLE_ORGANIZATIONS).filter((org) => org.sectors.includes('CLT')).length}`,
    );

    // Keyboard: Tab reaches the checkbox, Space ticks it.
    facetCheckbox(el, 'status', 'associate')!.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    facetCheckbox(el, 'sector', 'CLT')!.click();
    await el.updateComplete;

    const expected = SAMPLE_ORGANIZATIONS.filter(
      (org) => categoryInForce(org) === 'associate' && org.sectors.includes('CLT'),
    ).map((org) => org.id);
    expect(expected).toContain('icom');
    expect(new Set(cardIds(el))).toEqual(new Set(expected));
    expect(facetCheckbox(el, 'status', 'associate')!.checked).toBe(true);
    // Counts of a facet ignore its own filter (OR within a facet): other statuses stay offered.
    expect(facetOptions(el, 'status').length).toBeGreaterThan(1);
    expect(chips(el).map((chip) => chip.getAttribute('aria-label'))).toEqual([
      'Remove filter: Associate partner',
      'Remove filter: Culture Sector',
    ]);
    await expectAnnouncement(el, `${expected.length} organisations found`);
    await expectNoAxeViolations(el);
  });

  test('chips remove their filter and keep focus in the list of chips; "Clear all" returns to the search box', async () => {
    const el = await directory();
    facetCheckbox(el, 'status', 'associate')!.click();
    facetCheckbox(el, 'sector', 'CLT')!.click();
    facetCheckbox(el, 'sector', 'ED')!.click();
    await el.updateComplete;
    expect(chips(el)).toHaveLength(3);

    chips(el)[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(chips(el).map((chip) => chip.dataset.value)).toEqual(['associate', 'ED']);
    expect(facetCheckbox(el, 'sector', 'CLT')!.checked).toBe(false);
    // The chip that took the removed one's place has focus.
    expect(deepActiveElement()).toBe(chips(el)[1]);

    shadow(el, '[part="clear-filters"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(chips(el)).toHaveLength(0);
    expect(deepActiveElement()).toBe(searchInput(el));
    expect(cardIds(el)).toHaveLength(Math.min(12, SAMPLE_ORGANIZATIONS.length));
  });

  test('"Show all" opens a long facet and says whether it is open', async () => {
    const el = await directory('facets="country"');
    const more = shadow(el, '[part="facet-more"]')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(facetOptions(el, 'country')).toHaveLength(6);
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(facetOptions(el, 'country').length).toBeGreaterThan(6);
    // Country names come from the curated reference data.
    expect(facetOptions(el, 'country').some((option) => option.startsWith('France '))).toBe(true);
    await expectNoAxeViolations(el);
  });

  test('sort by name, partner since (oldest first) and newest first', async () => {
    const el = await directory('page-size="100" facets=""');
    const sort = shadow<HTMLSelectElement>(el, '[part="sort"]')!;
    expect([...sort.options].map((option) => option.value)).toEqual(['name', 'partner-since', '-partner-since']);
    const names = cards(el).map((card) => pickText(card.organization!.name, 'en'));
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { numeric: true }).compare));

    sort.value = 'partner-since';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const since = (id: string) => {
      const org = SAMPLE_ORGANIZATIONS.find((o) => o.id === id)!;
      const years = org.partnership.map((entry) => entry.from).filter((year): year is number => year !== undefined);
      return years.length ? Math.min(...years) : Infinity;
    };
    const years = cardIds(el).map(since);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(el.query.sort).toBe('partner-since');
  });

  test('ngo-search-change tells the page what the user did, and only that', async () => {
    const el = await directory();
    const events: NgoSearchChangeEvent[] = [];
    const listener = (event: NgoSearchChangeEvent) => events.push(event);
    document.addEventListener('ngo-search-change', listener);
    try {
      await typeSearch(el, 'ic');
      facetCheckbox(el, 'sector', 'CLT')?.click();
      await el.updateComplete;
      expect(events.map((event) => event.reason)).toEqual(['input', 'input', 'facet']);
      const last = events[events.length - 1]!;
      expect(last.query).toEqual({ q: 'ic', filters: { sector: ['CLT'] } });
      expect(last.bubbles && last.composed).toBe(true);

      el.query = { q: 'unesco', filters: {} };
      el.pageSize = 5;
      await el.updateComplete;
      expect(events).toHaveLength(3);
      expect(searchInput(el).value).toBe('unesco');
    } finally {
      document.removeEventListener('ngo-search-change', listener);
    }
  });

  test('the live region waits for a pause in typing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await directory();
      const region = shadow(el, '[part="announcer"]')!;
      expect(region.getAttribute('role')).toBe('status');
      el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!.value = 'cou';
      searchInput(el).dispatchEvent(new InputEvent('input', { bubbles: true }));
      await el.updateComplete;
      vi.advanceTimersByTime(300);
      await el.updateComplete;
      expect(region.textContent?.trim()).toBe('');
      vi.advanceTimersByTime(500);
      await el.updateComplete;
      expect(region.textContent?.trim()).toMatch(/organisations? found$/);
    } finally {
      vi.useRealTimers();
    }
  });

  test('Arabic, right to left: facets, chips and counts in Arabic; axe clean', async () => {
    const el = await directory('lang="ar"');
    const base = shadow(el, '[part="base"]')!;
    expect(getComputedStyle(base).direction).toBe('rtl');
    expect(shadow(el, 'label[for="search"]')?.textContent?.trim()).toBe('البحث عن منظمات');
    expect(facet(el, 'status')?.querySelector('legend')?.textContent?.trim()).toBe('فئة الشراكة');
    facetCheckbox(el, 'sector', 'CLT')!.click();
    await el.updateComplete;
    expect(chips(el)[0]?.getAttribute('aria-label')).toBe('إزالة عامل التصفية: قطاع الثقافة');
    // The facet column sits on the right in RTL (logical properties only).
    const facets = shadow(el, '[part="facets"]')!.getBoundingClientRect();
    const list = shadow(el, '[part="results"]')!.getBoundingClientRect();
    if (facets.top === list.top) expect(facets.left).toBeGreaterThan(list.left);
    await expectNoAxeViolations(el);
    await typeSearch(el, 'zzzz');
    expect(statusText(el)).toBe('لا توجد منظمات تطابق بحثك.');
    await expectNoAxeViolations(el);
  });

  test('profile-href makes each name a link to the organisation’s page', async () => {
    const el = await directory('profile-href="/partners/{id}.html"');
    const card = cards(el)[0]!;
    await card.updateComplete;
    const link = shadow<HTMLAnchorElement>(card, 'a[part="name"]')!;
    expect(link.href).toBe(new URL(`/partners/${card.organization!.id}.html`, location.href).href);
    await expectNoAxeViolations(el);
  });

  test('Chinese: typing waits for the end of an IME composition', async () => {
    const el = await directory('lang="zh"');
    const input = searchInput(el);
    input.value = 'bo';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    await el.updateComplete;
    expect(el.query.q).toBe('');
    input.value = '博物馆';
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '博物馆' }));
    await el.updateComplete;
    expect(el.query.q).toBe('博物馆');
  });
});
