import { ORGANIZATION_CSV_HEADERS, type Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { createHandlers } from '@ngo-liaison/client/msw';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { facetCheckbox, typeSearch } from '../../../test/directory.js';
import { cleanup, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function local(attributes = ''): Promise<NgoDirectory> {
  const el = mount<NgoDirectory>(`<ngo-directory ${attributes}></ngo-directory>`);
  el.items = SAMPLE_ORGANIZATIONS;
  await waitForState(el, 'list');
  return el;
}

/** Catches the download the export button starts (a click on a temporary blob: link). */
function catchDownloads() {
  const downloads: { name: string; href: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
  return downloads;
}

describe('<ngo-directory> exports', () => {
  test('JSON of the filtered list, in the shape `src` reads back', async () => {
    const el = await local();
    facetCheckbox(el, 'status', 'associate')!.click();
    facetCheckbox(el, 'sector', 'CLT')!.click();
    await el.updateComplete;
    const blob = await el.exportList('json');
    expect(blob.type).toBe('application/json;charset=utf-8');
    const data = JSON.parse(await blob.text()) as { items: Organization[]; total: number };
    expect(data.total).toBe(el.total);
    expect(data.items.map((org) => org.id)).toContain('icom');
    expect(data.items.every((org) => org.sectors.includes('CLT'))).toBe(true);
  });

  test('CSV: the API’s columns (core writes both), with a byte-order mark and formulas defused', async () => {
    const el = await local('lang="fr"');
    const blob = await el.exportList('csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(ORGANIZATION_CSV_HEADERS.join(','));
    expect(lines.find((line) => line.startsWith('icom,'))).toContain('International Council of Museums');
    // The hostile record's acronym is a spreadsheet formula: it must stay text.
    const hostile = lines.find((line) => line.startsWith('demo-hostile-text-test,'))!;
    expect(hostile).toContain(`"'=HYPERLINK(""https://evil.example.org"",""HTTA"")"`);
  });

  test('the buttons download the files; keyboard reachable; axe clean', async () => {
    const downloads = catchDownloads();
    const el = await local();
    await typeSearch(el, 'museum');
    const group = shadow(el, '[part="exports"]')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Download this list');
    const [csv, json] = shadowAll<HTMLButtonElement>(el, '[part~="export"]');
    expect(csv!.textContent?.trim()).toBe('Download CSV');
    csv!.focus();
    await userEvent.keyboard('{Enter}');
    json!.click();
    await expect.poll(() => downloads.length).toBe(2);
    expect(downloads.map((d) => d.name)).toEqual(['organizations.csv', 'organizations.json']);
    expect(downloads.every((d) => d.href.startsWith('blob:'))).toBe(true);
    await expectNoAxeViolations(el);
  });

  test('exports="" hides the buttons', async () => {
    const el = await local('exports=""');
    expect(shadow(el, '[part="exports"]')).toBeNull();
  });

  test('with api-base, the API’s own export is downloaded with the same query', async () => {
    const API = 'https://api.liaison.test/v1';
    const requested: URL[] = [];
    worker.use(
      http.get(`${API}/organizations.csv`, ({ request }) => {
        requested.push(new URL(request.url));
        return new HttpResponse('\uFEFFid,name\r\nicom,International Council of Museums\r\n', { headers: { 'content-type': 'text/csv' } });
      }),
      ...createHandlers({ baseUrl: API, organizations: SAMPLE_ORGANIZATIONS }),
    );
    const downloads = catchDownloads();
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${API}" lang="fr" facets=""></ngo-directory>`);
    await waitForState(el, 'list');
    el.query = { q: 'musees', filters: { sector: ['CLT'] } };
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[part~="export-csv"]')!.click();
    await expect.poll(() => downloads.length).toBe(1);
    expect(requested[0]?.searchParams.get('q')).toBe('musees');
    expect(requested[0]?.searchParams.getAll('sector')).toEqual(['CLT']);
    expect(requested[0]?.searchParams.get('lang')).toBe('fr');
    expect(requested[0]?.searchParams.has('limit')).toBe(false);
  });

  test('a failed export says so', async () => {
    const API = 'https://api.liaison.test/v1';
    worker.use(
      http.get(`${API}/organizations.json`, () => HttpResponse.json({ title: 'Down' }, { status: 503 })),
      ...createHandlers({ baseUrl: API, organizations: SAMPLE_ORGANIZATIONS }),
    );
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${API}"></ngo-directory>`);
    await waitForState(el, 'list');
    shadow<HTMLButtonElement>(el, '[part~="export-json"]')!.click();
    await expect.poll(() => shadow(el, '[part="export-error"]')?.textContent).toBe('The list could not be downloaded. Please try again.');
    expect(shadow(el, '[part="export-error"]')?.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(el);
  });
});
