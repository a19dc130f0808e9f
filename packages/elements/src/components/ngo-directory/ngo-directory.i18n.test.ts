import { LANGUAGES, type Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { facetCheckbox, statusText, typeSearch } from '../../../test/directory.js';
import { cleanup, mount, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { manyOrganizations } from '../../../test/fixtures.js';
import { ar } from '../../translations/ar.js';
import { en } from '../../translations/en.js';
import { enCommon } from '../../translations/en/common.js';
import { enOrganizations } from '../../translations/en/organizations.js';
import { es } from '../../translations/es.js';
import { fr } from '../../translations/fr.js';
import { ru } from '../../translations/ru.js';
import { zh } from '../../translations/zh.js';
import type { Translation } from '../../internal/translation.js';
import type { NgoDirectory } from './ngo-directory.element.js';
import './ngo-directory.js';

useMockServiceWorker();
afterEach(cleanup);

const TRANSLATIONS: Record<string, Translation> = { ar, en, es, fr, ru, zh };

async function directory(lang: string, items: readonly Organization[] = SAMPLE_ORGANIZATIONS, attributes = ''): Promise<NgoDirectory> {
  const el = mount<NgoDirectory>(`<ngo-directory lang="${lang}" ${attributes}></ngo-directory>`);
  el.items = items;
  await waitForState(el, items.length ? 'list' : 'empty');
  return el;
}

/** The UI text the directory itself writes (not the organisations' names). */
function chrome(el: NgoDirectory): string[] {
  const selectors = ['[part="search-label"]', '[part="facet-legend"]', '[part="sort-label"]', '[part~="export"]', '[part="count"]', '[part="facet-more"]'];
  const texts = selectors.flatMap((selector) => shadowAll(el, selector).map((node) => node.childNodes[0]?.textContent?.trim() || node.textContent!.trim()));
  const options = shadowAll<HTMLOptionElement>(el, '[part="sort"] option').map((option) => option.textContent!.trim());
  return [...texts, ...options, shadow<HTMLInputElement>(el, '[part="search-input"]')!.placeholder].filter(Boolean);
}

describe('<ngo-directory> in the six UN languages', () => {
  test('every translation has every key, and none is left in English by mistake', () => {
    const keys = Object.keys(en).filter((key) => key !== '$lang');
    for (const [lang, translation] of Object.entries(TRANSLATIONS)) {
      expect(Object.keys(translation).filter((key) => key !== '$lang').sort(), lang).toEqual([...keys].sort());
    }
    // Labels that may legitimately be the same word in another language.
    const same = new Set(['place', 'yearRange', 'exportCsv', 'exportJson', 'directoryLabel', 'sources', 'contacts', 'source', 'facet.region', 'facet.kind', 'kind.ngo', 'scope.international', 'scope.national', 'scope.regional', 'scope.local', 'sort.name', 'region.africa', 'electoralGroup', 'resultCount']);
    // This suite checks the directory's, card's and profile's strings and the common ones;
    // other components check their own keys.
    const own = [...Object.keys(enCommon), ...Object.keys(enOrganizations)];
    for (const lang of ['ar', 'es', 'ru', 'zh', 'fr'] as const) {
      const translation = TRANSLATIONS[lang]!;
      const untranslated = own.filter(
        (key) => !same.has(key) && JSON.stringify(translation[key as keyof Translation]) === JSON.stringify(en[key as keyof Translation]),
      );
      expect(untranslated, lang).toEqual([]);
    }
  });

  test.each(LANGUAGES.filter((lang) => lang !== 'en'))('%s: the UI is in the language, with no English left', async (lang) => {
    const el = await directory(lang, SAMPLE_ORGANIZATIONS, 'facets="status sector country"');
    const t = TRANSLATIONS[lang]!;
    expect(shadow(el, '[part="search-label"]')?.textContent?.trim()).toBe(t.searchLabel);
    expect(shadowAll(el, '[part="facet-legend"]').map((legend) => legend.textContent!.trim())).toEqual([
      t['facet.status'],
      t['facet.sector'],
      t['facet.country'],
    ]);
    const english = new Set(Object.values(en).filter((value): value is string => typeof value === 'string'));
    const leaks = chrome(el).filter((text) => english.has(text) && !['CSV', 'JSON'].includes(text));
    expect(leaks).toEqual([]);
    expect(shadow(el, '[part="base"]')?.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await expectNoAxeViolations(el);

    facetCheckbox(el, 'sector', 'CLT')!.click();
    await el.updateComplete;
    await typeSearch(el, 'zzzz');
    expect(statusText(el)).toBe(t.noMatches);
    await expectNoAxeViolations(el);
  });

  // Arabic has six plural forms; Russian four; Chinese one. Intl.PluralRules picks them.
  test.each([
    ['ar', 1, 'منظمة واحدة'],
    ['ar', 2, 'منظمتان'],
    ['ar', 3, '{n} منظمات'],
    ['ar', 11, '{n} منظمة'],
    ['ar', 100, '{n} منظمة'],
    ['ru', 1, '{n} организация'],
    ['ru', 3, '{n} организации'],
    ['ru', 5, '{n} организаций'],
    ['ru', 21, '{n} организация'],
    ['es', 1, '{n} organización'],
    ['es', 2, '{n} organizaciones'],
    ['zh', 2, '{n} 个组织'],
    ['fr', 1, '{n} organisation'],
  ] as const)('%s plural for %i organisations', async (lang, count, expected) => {
    const el = await directory(lang, manyOrganizations(count), `page-size="100" facets=""`);
    const n = new Intl.NumberFormat(lang).format(count);
    expect(statusText(el)).toBe(expected.replace('{n}', n));
  });

  test('Arabic "shown of total" follows the total', async () => {
    const el = await directory('ar', manyOrganizations(25), 'page-size="10" facets=""');
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(statusText(el)).toBe(`عرض ${n(10)} من أصل ${n(25)} منظمة`);
  });
});

describe('<ngo-directory> right to left in every state', () => {
  const API = 'https://api.liaison.test/v1';

  test('loading, error and empty states in Arabic are axe clean and right to left', async () => {
    worker.use(http.get(`${API}/organizations`, async () => (await delay('infinite'), HttpResponse.json({}))));
    const loading = mount<NgoDirectory>(`<ngo-directory api-base="${API}" lang="ar"></ngo-directory>`);
    await expect.poll(() => loading.state).toBe('loading');
    await loading.updateComplete;
    expect(shadow(loading, '[part="loading"]')?.textContent).toBe(ar.loading);
    expect(getComputedStyle(shadow(loading, '[part="base"]')!).direction).toBe('rtl');
    await expectNoAxeViolations(loading);

    worker.resetHandlers();
    worker.use(http.get(`${API}/organizations`, () => HttpResponse.json({ title: 'Unavailable', status: 503 }, { status: 503 })));
    const failing = mount<NgoDirectory>(`<ngo-directory api-base="${API}" lang="ar"></ngo-directory>`);
    await waitForState(failing, 'error');
    expect(shadow(failing, '[part="error-title"]')?.textContent).toBe(ar.errorTitle);
    await expectNoAxeViolations(failing);

    const empty = await directory('ar', []);
    expect(statusText(empty)).toBe(ar.empty);
    await expectNoAxeViolations(empty);
  });
});
