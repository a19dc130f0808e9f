import { ORGANIZATION_FACETS } from '@ngo-liaison/core';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { chips, facetCheckbox, facetOptions } from '../../../test/directory.js';
import { cleanup, mount } from '../../../test/dom.js';
import { makeOrganization } from '../../../test/fixtures.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

// The reference chunk (country names, SDG titles) is held back until the test lets it load,
// as on a slow connection. Nothing in this file may import it statically, and the results
// come from an API (a local index waits for the country groupings in that chunk), answered
// by a handler of this file (client/msw's import the chunk too).
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
});
vi.mock('@ngo-liaison/core/reference', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});
// No French UI strings (as when their chunk cannot load): French data, English UI.
vi.mock('../../translations/fr/other-areas.js', () => ({ default: undefined }));

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const ORGS = [makeOrganization('goal-four', { sdgs: [4, 13] }), makeOrganization('goal-thirteen', { sdgs: [13] })];

function answer(): void {
  const facets = Object.fromEntries(ORGANIZATION_FACETS.map((facet) => [facet, [] as { value: string; count: number }[]]));
  facets.sdg = [
    { value: '13', count: 2 },
    { value: '4', count: 1 },
  ];
  worker.use(http.get(`${API}/organizations`, () => HttpResponse.json({ items: ORGS, nextCursor: null, total: ORGS.length, facets })));
}

describe('<ngo-directory> before the SDG titles have loaded', () => {
  test('facets and chips say "SDG 4" until then, and the titles once they arrive', async () => {
    answer();
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${API}" facets="sdg"></ngo-directory>`);
    // Not waitForState: updateComplete also waits for the (held) reference chunk.
    await expect.poll(() => el.state, { timeout: 5_000 }).toBe('list');
    await expect.poll(() => facetOptions(el, 'sdg')).toEqual(['SDG 13 2', 'SDG 4 1']);
    facetCheckbox(el, 'sdg', '4')!.click();
    await expect.poll(() => chips(el).map((chip) => chip.getAttribute('aria-label'))).toEqual(['Remove filter: SDG 4']);
    expect(el.query.filters).toEqual({ sdg: ['4'] });
    await expectNoAxeViolations(el);

    gate.open();
    await el.updateComplete;
    expect(facetOptions(el, 'sdg')).toEqual(['SDG 13: Climate action 2', 'SDG 4: Quality education 1']);
    expect(chips(el).map((chip) => chip.getAttribute('aria-label'))).toEqual(['Remove filter: SDG\u00a04: Quality education']);
    // The value is still the number: URL state and events are unchanged.
    expect(facetCheckbox(el, 'sdg', '4')?.checked).toBe(true);
    expect(chips(el)[0]?.dataset.value).toBe('4');
    expect(el.query.filters).toEqual({ sdg: ['4'] });
    await expectNoAxeViolations(el);
  });

  test('an English pattern around a French title: each part carries its lang', async () => {
    gate.open();
    answer();
    const el = mount<NgoDirectory>(`<ngo-directory api-base="${API}" facets="sdg" lang="fr"></ngo-directory>`);
    await expect.poll(() => el.state, { timeout: 5_000 }).toBe('list');
    await el.updateComplete;
    const label = facetCheckbox(el, 'sdg', '4')!.closest('label')!.querySelector('[part="facet-label"]')!;
    expect(label.textContent).toBe('SDG\u00a04: Éducation de qualité');
    expect(label.getAttribute('lang')).toBe('en');
    expect([...label.querySelectorAll('[lang]')].map((node) => [node.getAttribute('lang'), node.textContent])).toEqual([['fr', 'Éducation de qualité']]);
    facetCheckbox(el, 'sdg', '4')!.click();
    await el.updateComplete;
    const bdi = chips(el)[0]!.querySelector('bdi')!;
    expect(bdi.getAttribute('lang')).toBe('en');
    expect(bdi.querySelector('span[lang="fr"]')?.textContent).toBe('Éducation de qualité');
    await expectNoAxeViolations(el);
  });
});
