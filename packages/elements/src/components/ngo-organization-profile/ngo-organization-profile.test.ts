import type { Organization } from '@ngo-liaison/core';
import { COUNTRIES } from '@ngo-liaison/core/reference';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { createHandlers } from '@ngo-liaison/client/msw';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, deepActiveElement, mount, shadow, shadowAll } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoOrganizationProfile } from './ngo-organization-profile.element.js';
import './ngo-organization-profile.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const byId = (id: string) => SAMPLE_ORGANIZATIONS.find((org) => org.id === id)!;
const ICOM = byId('icom');
const LANTERNFISH = byId('demo-lanternfish-literacy-network');

async function profile(organization: Organization, attributes = ''): Promise<NgoOrganizationProfile> {
  const el = mount<NgoOrganizationProfile>(`<ngo-organization-profile ${attributes}></ngo-organization-profile>`);
  el.organization = organization;
  await el.updateComplete;
  return el;
}

const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const text = (el: Element, selector: string) => clean(shadow(el, selector));
const headings = (el: Element) =>
  shadowAll(el, '[role="heading"]').map((h) => `${h.getAttribute('aria-level')} ${clean(h)}`);
const facts = (el: Element) =>
  Object.fromEntries(shadowAll(el, '[part="facts"] > div').map((row) => [clean(row.querySelector('dt')), clean(row.querySelector('dd'))]));

describe('<ngo-organization-profile>', () => {
  test.each([
    ['en', ['museums', 'heritage']],
    ['fr', ['musées', 'patrimoine']],
    ['ar', ['المتاحف', 'التراث']],
    ['zh', ['博物馆', '遗产']],
  ] as const)('shows fields of interest as the vocabulary labels them in the viewer language (%s)', async (lang, labels) => {
    const el = await profile(ICOM, `lang="${lang}"`);
    const section = shadowAll(el, '[part="section"]').find((s) => s.querySelector('[role="heading"]')?.textContent?.match(/interest|intérêt|الاهتمام|关注/));
    expect([...section!.querySelectorAll('[part="tag"]')].map((tag) => clean(tag))).toEqual(labels);
    await expectNoAxeViolations(el);
  });

  test('a real organisation: facts, partnership, sector, sources — and no invented contacts', async () => {
    const el = await profile(ICOM);
    expect(headings(el)).toEqual(['2 International Council of Museums', '3 Partnership with UNESCO', '3 Sectors', '3 Fields of interest', '3 Sources']);
    expect(text(el, '[part="acronym"]')).toBe('ICOM');
    expect(shadow(el, '[part="badge"]')).toBeNull();
    expect(facts(el)).toMatchObject({
      'Partnership category': 'Associate partner',
      Type: 'NGO',
      Headquarters: `Paris, ${COUNTRIES.find((c) => c.code === 'FR')!.name.en}`,
    });
    // The evidence is one click away: the page, who publishes it, when it was read, its words.
    expect(clean(shadow(el, '[part~="history-current"]'))).toBe(
      'Associate partner (date not stated, current) Source: ngo-db.unesco.org/r/or/en/1100048611 (UNESCO page, 2026-11-26) UNESCO Associate Status',
    );
    expect(shadow<HTMLAnchorElement>(el, '[part~="history-current"] a')?.href).toBe('http://ngo-db.unesco.org/r/or/en/1100048611');
    expect(shadow(el, '[part~="history-current"] q')?.textContent).toBe('UNESCO Associate Status');
    expect(shadow(el, '[part~="history-current"]')?.getAttribute('aria-current')).toBe('true');
    expect(shadow(el, '[part="contacts"]')).toBeNull();
    const sources = shadowAll<HTMLAnchorElement>(el, '[part="sources"] a');
    expect(sources.map((a) => a.href)).toEqual(ICOM.provenance.sourceUrls);
    expect(text(el, '[part="provenance"]')).toBe(
      'Sources read on 26 November 2026. Not every fact has been checked against these sources yet.',
    );
    await expectNoAxeViolations(el);
  });

  test('no attested partnership: said in neutral words, with the pages of cooperation one click away', async () => {
    const icomos = SAMPLE_ORGANIZATIONS.find((o) => o.id === 'icomos')!;
    const el = await profile(icomos);
    expect(facts(el)).toMatchObject({ 'Partnership category': 'No official partnership attested' });
    expect(text(el, 'p[part="history"]')).toBe('No official partnership attested');
    expect(text(el, '[part="cooperation-heading"]')).toBe('Cooperation with UNESCO, without an attested official partnership');
    expect(shadowAll<HTMLAnchorElement>(el, '[part="evidence"] a').map((a) => a.href)).toContain('https://whc.unesco.org/en/advisorybodies/');
    await expectNoAxeViolations(el);
  });

  test('a fictional organisation: dated history, SDGs, countries, languages and labelled contacts', async () => {
    const el = await profile(LANTERNFISH, 'heading-level="3"');
    expect(headings(el)[0]).toBe('3 Lanternfish Literacy Network');
    expect(headings(el).slice(1).every((h) => h.startsWith('4 '))).toBe(true);
    expect(text(el, '[part="badge"]')).toBe('Fictional organisation (demo data)');
    expect(text(el, '[part="description"]')).toBe(LANTERNFISH.description!.en);
    expect(facts(el)).toMatchObject({
      'Year founded': '1987',
      Scope: 'International',
      Website: 'lanternfish-literacy.example.org',
      'Working languages': 'French, English, and Wolof',
      'Former names': 'Lanternfish Reading Circles',
    });
    const history = shadowAll(el, '[part~="history-entry"]').map(clean);
    expect(history).toEqual([
      'Formal consultative relations (1995 Directives) (since 2009)',
      'Consultative partner (since 2012) Decision of the Director-General',
      'Associate partner (2016–2024) Decision of the Executive Board · Decision 999 EX/NGP/1 (fictional)',
      'Associate partner (2024–2032, current) Decision of the Executive Board · Decision 999 EX/NGP/2 (fictional)',
    ]);
    const tags = (title: string) =>
      shadowAll(el, '[part="section"]')
        .find((section) => clean(section.querySelector('[part="section-heading"]')) === title)
        ?.querySelectorAll('[part="tag"]');
    expect([...tags('Sustainable Development Goals')!].map(clean)).toEqual([
      'SDG 4: Quality education',
      'SDG 5: Gender equality',
      'SDG 10: Reduced inequalities',
    ]);
    const countries = [...tags('Countries of presence')!].map(clean);
    expect(countries).toHaveLength(5);
    expect(countries).toEqual([...countries].sort(new Intl.Collator('en').compare));
    const contacts = shadowAll(el, '[part="contact"]');
    expect(contacts).toHaveLength(3);
    expect(contacts.every((contact) => clean(contact.querySelector('[part="contact-badge"]')) === 'Fictional contact (demo data)')).toBe(true);
    expect(contacts[0]!.querySelector('a')?.href).toBe('mailto:contact@lanternfish-literacy.example.org');
    expect(contacts[1]!.querySelector('a')?.href).toBe('tel:+221000000000');
    expect(contacts[2]!.querySelector('a')).toBeNull();
    // A fictional record cites no sources: no empty "Sources" section.
    expect(headings(el).some((h) => h.endsWith('Sources'))).toBe(false);
    await expectNoAxeViolations(el);
  });

  test.each([
    ['fr', 'Réseau d\'alphabétisation Poisson-lanterne', undefined, 'Partenaire associé', 'Année de création'],
    ['es', 'Red de Alfabetización Pez Linterna', undefined, 'Estatus de asociado', 'Año de fundación'],
    ['ru', 'Lanternfish Literacy Network', 'en', 'Статус ассоциированного партнера', 'Год основания'],
    ['zh', 'Lanternfish Literacy Network', 'en', '联系地位', '成立年份'],
    ['ar', 'Lanternfish Literacy Network', 'en', 'شريك منتسب', 'سنة التأسيس'],
  ])('in %s: UI strings translated, names with a marked fallback', async (lang, name, nameLang, status, founded) => {
    const el = await profile(LANTERNFISH, `lang="${lang}"`);
    const heading = shadow(el, '[part="name"]')!;
    expect(clean(heading)).toBe(name);
    expect(heading.getAttribute('lang') ?? undefined).toBe(nameLang);
    expect(facts(el)[founded]).toMatch(/^(1987|١٩٨٧)$/);
    expect(clean(shadow(el, '[part~="history-current"] .status'))).toBe(status);
    expect(shadow(el, '[part="base"]')?.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    if (lang === 'ar') {
      expect(heading.getAttribute('dir')).toBe('ltr');
      expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe('rtl');
    }
    await expectNoAxeViolations(el);
  });

  test('loads by org-id, shows errors with Retry, and keeps focus in the widget', async () => {
    let fail = true;
    worker.use(
      http.get(`${API}/organizations/icom`, () =>
        fail ? HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 }) : undefined,
      ),
      ...createHandlers({ baseUrl: API, organizations: SAMPLE_ORGANIZATIONS }),
    );
    const el = mount<NgoOrganizationProfile>(`<ngo-organization-profile org-id="icom" api-base="${API}"></ngo-organization-profile>`);
    el.client = (await import('@ngo-liaison/client')).createClient({ baseUrl: API, retries: 0 });
    await expect.poll(() => el.state).toBe('error');
    await el.updateComplete;
    expect(text(el, '[part="message"] p')).toBe('The server answered with an error (HTTP 503).');
    await expectNoAxeViolations(el);
    fail = false;
    shadow(el, '[part="retry"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => el.state).toBe('ready');
    await el.updateComplete;
    expect(text(el, '[part="name"]')).toBe('International Council of Museums');
    expect(deepActiveElement()).not.toBeNull();
  });

  test('an unknown id says the organisation could not be found', async () => {
    worker.use(...createHandlers({ baseUrl: API, organizations: SAMPLE_ORGANIZATIONS }));
    const el = mount<NgoOrganizationProfile>(`<ngo-organization-profile org-id="nobody" api-base="${API}" lang="es"></ngo-organization-profile>`);
    await expect.poll(() => el.state).toBe('error');
    await el.updateComplete;
    expect(text(el, '[part="message"] p')).toBe('No se encontró esta organización.');
  });
});
