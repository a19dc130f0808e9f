import { createHandlers } from '@ngo-liaison/client/msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoActionFeed } from './ngo-action-feed.element.js';
import './ngo-action-feed.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const titles = (el: Element) => shadowAll(el, '[part="title"]').map(clean);

async function feed(attributes: string): Promise<NgoActionFeed> {
  worker.use(...createHandlers({ baseUrl: API }));
  const el = mount<NgoActionFeed>(`<ngo-action-feed api-base="${API}" ${attributes}></ngo-action-feed>`);
  await expect.poll(() => ['ready', 'empty', 'error'].includes(el.state)).toBe(true);
  await el.updateComplete;
  return el;
}

describe('<ngo-action-feed>', () => {
  test("shows a programme's actions: who, where, when, what and outcomes", async () => {
    const el = await feed('programme="demo-coastal-literacy-initiative" profile-href="/ngo/{id}"');
    expect(titles(el)).toEqual(['Volunteer tutor training in Accra', 'Reading circles in Saint-Louis']);
    const facts = Object.fromEntries(
      [...shadowAll(el, '[part="item"]')[1]!.querySelectorAll('[part="facts"] > div')].map((row) => [clean(row.querySelector('dt')), clean(row.querySelector('dd'))]),
    );
    expect(facts).toEqual({
      By: 'Lanternfish Literacy Network',
      Programme: 'Coastal Literacy Initiative',
      Where: 'Saint-Louis, Senegal',
      When: 'Mar 1 – Dec 15, 2025',
    });
    expect(new URL(shadow<HTMLAnchorElement>(el, '[part="facts"] a')!.href).pathname).toBe('/ngo/demo-lanternfish-literacy-network');
    expect(shadowAll(el, '[part="badge"]').map(clean)).toContain('Fictional action (demo data)');
    expect(clean(shadowAll(el, '[part="outcomes"]')[1])).toMatch(/^12 circles opened/);
    // Goals by number and title once the reference data has loaded.
    await expect
      .poll(() => [...shadowAll(el, '[part="item"]')[1]!.querySelectorAll('[part="sdg"]')].map(clean))
      .toEqual(['SDG 4: Quality education', 'SDG 5: Gender equality']);
    await expectNoAxeViolations(el);
  });

  test('filters by field office and pages with Load more', async () => {
    const el = await feed('field-office="apia" limit="1"');
    expect(titles(el)).toEqual(['Tide-gauge volunteers in Samoa']);
    expect(clean(shadowAll(el, '[part="facts"] dd')[3])).toMatch(/^Since Jan 10, 2026$/);
    shadow<HTMLButtonElement>(el, '[part="load-more"]')!.click();
    await expect.poll(() => titles(el)).toEqual(['Tide-gauge volunteers in Samoa', 'Reef transect surveys with schools']);
    expect(shadow(el, '[part="load-more"]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  test('speaks the six languages; Arabic right to left', async () => {
    const ar = await feed('country="JO" lang="ar"');
    expect(shadow(ar, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(titles(ar)).toEqual(['زوايا القراءة في مدارس عمّان']);
    expect(clean(shadow(ar, '[part="heading"]'))).toBe('أنشطة المنظمات غير الحكومية على أرض الواقع');
    await expectNoAxeViolations(ar);
    for (const [lang, heading] of [['fr', 'Actions des ONG sur le terrain'], ['es', 'Acciones de las ONG sobre el terreno'], ['ru', 'Деятельность НПО на местах'], ['zh', '非政府组织的实地行动']]) {
      const el = await feed(`country="JO" lang="${lang}"`);
      expect(clean(shadow(el, '[part="heading"]')), lang).toBe(heading);
    }
  });

  test('says when nothing matches, and reports a bad filter', async () => {
    const empty = await feed('country="FR"');
    expect(empty.state).toBe('empty');
    expect(clean(shadow(empty, '[part="message"]'))).toBe('No actions recorded.');
    const bad = await feed('organization="no-such-ngo"');
    expect(bad.state).toBe('error');
    await waitForState(bad, 'error');
    await expectNoAxeViolations(bad);
  });
});
