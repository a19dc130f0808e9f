import { afterEach, describe, expect, inject, test } from 'vitest';
import { categoryInForce } from '@ngo-liaison/core';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import type { NgoCard } from '../ngo-card/ngo-card.element.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

// Contract test: the element against the reference API server that test/global-setup.ts
// starts in Node (real HTTP, CORS, SQLite seeded with the sample data).
const apiBase = inject('apiBase');
const unavailable = inject('apiUnavailable');

afterEach(cleanup);

describe.skipIf(!apiBase)(`<ngo-directory> against the real API server${apiBase ? '' : ` (skipped: ${unavailable})`}`, () => {
  test('renders real sample organisations, page by page', async () => {
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${apiBase}" page-size="20"></ngo-directory>`);
    await waitForState(el, 'list');
    expect(shadowAll(el, 'ngo-card')).toHaveLength(20);
    expect(shadow(el, '[part="count"]')?.textContent).toMatch(/^Showing 20 of \d+ organisations$/);

    // Follow the real cursors to the end, then look for ICOM.
    while (shadow(el, '[part="load-more"]')) {
      const before = shadowAll(el, 'ngo-card').length;
      shadow(el, '[part="load-more"]')!.click();
      await expect.poll(() => shadowAll(el, 'ngo-card').length, { timeout: 5_000 }).toBeGreaterThan(before);
      await el.updateComplete;
    }
    const all = shadowAll<NgoCard>(el, 'ngo-card');
    expect(new Set(all.map((c) => c.organization?.id)).size).toBe(all.length);
    const icom = all.find((c) => c.organization?.id === 'icom');
    expect(icom).toBeDefined();
    await icom!.updateComplete;
    expect(shadow(icom!, '[part="name"]')?.textContent?.trim()).toBe('International Council of Museums');
    expect(shadow(icom!, '[part="acronym"]')?.textContent).toBe('ICOM');
    expect(shadow(icom!, '[part="headquarters"]')?.textContent).toMatch(/^Paris, /);
    await expectNoAxeViolations(el);
  });

  test('shows the real server’s 404 as an error with Retry', async () => {
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${apiBase}/no-such-prefix"></ngo-directory>`);
    await waitForState(el, 'error');
    expect(shadow(el, '[part="error-message"]')?.textContent).toBe('The server answered with an error (HTTP 404).');
    expect(shadow(el, '[part="retry"]')).not.toBeNull();
  });
});

describe.skipIf(!apiBase)('<ngo-directory> searching the real API server', () => {
  test('search "musees", find ICOM; filter to associate partners of the Culture sector; Arabic, right to left', async () => {
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${apiBase}"></ngo-directory>`);
    await waitForState(el, 'list');
    const input = shadow<HTMLInputElement>(el, '[part="search-input"]')!;
    input.focus();
    await userEvent.keyboard('musees');
    await expect.poll(() => shadowAll<NgoCard>(el, 'ngo-card').map((card) => card.organization?.id), { timeout: 5_000 }).toContain('icom');
    await expectNoAxeViolations(el);

    input.select();
    await userEvent.keyboard('{Backspace}');
    await expect.poll(() => el.query.q).toBe('');
    shadow<HTMLInputElement>(el, 'fieldset[data-facet="status"] input[value="associate"]')!.click();
    await expect.poll(() => shadow(el, 'fieldset[data-facet="sector"] input[value="CLT"]')).not.toBeNull();
    shadow<HTMLInputElement>(el, 'fieldset[data-facet="sector"] input[value="CLT"]')!.click();
    await expect.poll(() => shadowAll<NgoCard>(el, 'ngo-card').map((card) => card.organization?.id), { timeout: 5_000 }).toContain('icom');
    const shown = shadowAll<NgoCard>(el, 'ngo-card').map((card) => card.organization!);
    expect(shown.every((org) => org.sectors.includes('CLT') && categoryInForce(org) === 'associate')).toBe(true);

    el.setAttribute('lang', 'ar');
    await expect.poll(() => shadow(el, '[part="base"]')?.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => shadow(el, 'label[for="search"]')?.textContent?.trim()).toBe('البحث عن منظمات');
    await el.updateComplete;
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe('rtl');
    await expectNoAxeViolations(el);
  });

  test('exports the filtered list from the API’s own export', async () => {
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${apiBase}"></ngo-directory>`);
    await waitForState(el, 'list');
    el.query = { q: 'musees', filters: { sector: ['CLT'] } };
    await expect.poll(() => shadowAll<NgoCard>(el, 'ngo-card').map((card) => card.organization?.id), { timeout: 5_000 }).toContain('icom');
    const csv = await (await el.exportList('csv')).text();
    expect(csv.split('\r\n').some((line) => line.startsWith('icom,'))).toBe(true);
    const json = JSON.parse(await (await el.exportList('json')).text()) as { items: { id: string }[]; total: number };
    expect(json.items.map((org) => org.id)).toContain('icom');
    expect(json.total).toBe(el.total);
  });
});
