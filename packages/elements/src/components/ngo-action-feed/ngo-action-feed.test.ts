import { createHandlers } from '@ngo-liaison/client/msw';
import { FIELD_OFFICES } from '@ngo-liaison/core/reference';
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
/** The facts of the `index`th action, label → value. */
const factsOf = (el: Element, index: number) =>
  Object.fromEntries(
    [...shadowAll(el, '[part="item"]')[index]!.querySelectorAll('[part="facts"] > div')].map((row) => [clean(row.querySelector('dt')), clean(row.querySelector('dd'))]),
  );

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
    expect(titles(el)).toEqual(["Literacy facilitators' guide in Hausa", 'Volunteer tutor training in Accra', 'Reading circles in Saint-Louis']);
    expect(factsOf(el, 2)).toEqual({
      By: 'Lanternfish Literacy Network',
      Programme: 'Coastal Literacy Initiative',
      Where: 'Saint-Louis, Senegal',
      When: 'Mar 1 – Dec 15, 2025',
    });
    expect(new URL(shadowAll<HTMLAnchorElement>(el, '[part="facts"] a')[1]!.href).pathname).toBe('/ngo/demo-lanternfish-literacy-network');
    expect(shadowAll(el, '[part="badge"]').map(clean)).toContain('Fictional action (demo data)');
    expect(clean(shadowAll(el, '[part="outcomes"]')[2])).toMatch(/^12 circles opened/);
    // Goals by number and title once the reference data has loaded.
    await expect
      .poll(() => [...shadowAll(el, '[part="item"]')[2]!.querySelectorAll('[part="sdg"]')].map(clean))
      .toEqual(['SDG 4: Quality education', 'SDG 5: Gender equality']);
    await expectNoAxeViolations(el);
  });

  test('filters by field office and pages with Load more', async () => {
    const el = await feed('field-office="apia" limit="2"');
    expect(titles(el)).toEqual(['Tide-gauge workshop for science teachers', 'Tide-gauge volunteers in Samoa']);
    expect(clean(shadowAll(el, '[part="item"]')[1]!.querySelectorAll('[part="facts"] dd')[3])).toMatch(/^Since Jan 10, 2026$/);
    shadow<HTMLButtonElement>(el, '[part="load-more"]')!.click();
    await expect.poll(() => titles(el)).toEqual(['Tide-gauge workshop for science teachers', 'Tide-gauge volunteers in Samoa', 'Reef transect surveys with schools']);
    expect(shadow(el, '[part="load-more"]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  test('names a field office that carried an action out, in the six languages, without a profile link', async () => {
    const apia = FIELD_OFFICES.find((o) => o.code === 'apia')!;
    const el = await feed('field-office="apia" limit="1" profile-href="/ngo/{id}"');
    await expect.poll(() => factsOf(el, 0)).toMatchObject({ By: 'UNESCO Office in Apia', Where: 'Nukuʻalofa, Tonga' });
    expect(shadow(el, '[part="item"] [part="facts"] a')).toBeNull();
    expect(clean(shadow(el, '[part="badge"]'))).toBe('Fictional action (demo data)');
    await expectNoAxeViolations(el);
    for (const lang of ['fr', 'es', 'ar', 'ru', 'zh'] as const) {
      const localized = await feed(`field-office="apia" limit="1" lang="${lang}"`);
      await expect.poll(() => [lang, Object.values(factsOf(localized, 0))[0]]).toEqual([lang, apia.name[lang]]);
    }
  });

  test('speaks the six languages; Arabic right to left', async () => {
    const ar = await feed('country="JO" lang="ar"');
    expect(shadow(ar, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(titles(ar)).toEqual(['تدريب أمناء المكتبات المدرسية', 'زوايا القراءة في مدارس عمّان']);
    // Actions of NGOs and of field offices: the heading names neither alone.
    expect(clean(shadow(ar, '[part="heading"]'))).toBe('الأنشطة على أرض الواقع');
    await expect.poll(() => Object.values(factsOf(ar, 0))[0]).toBe('مكتب اليونسكو في بيروت');
    await expectNoAxeViolations(ar);
    for (const [lang, heading] of [['en', 'Actions on the ground'], ['fr', 'Actions sur le terrain'], ['es', 'Acciones sobre el terreno'], ['ru', 'Деятельность на местах'], ['zh', '实地行动']]) {
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
