import { createHandlers } from '@ngo-liaison/client/msw';
import { createClient } from '@ngo-liaison/client';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, expectPartsInsideHost, mount, mountInWidth, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoMatchList } from './ngo-match-list.element.js';
import './ngo-match-list.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const PROGRAMME = 'demo-coastal-literacy-initiative';
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (el: Element) => shadowAll(el, '[part="name"]').map(clean).map((n) => n.replace(/ Fictional.*$/, ''));
const slider = (el: Element, criterion: string) => shadow<HTMLInputElement>(el, `input[id$="-${criterion}"]`)!;

async function list(attributes = ''): Promise<NgoMatchList> {
  worker.use(...createHandlers({ baseUrl: API }));
  const el = mount<NgoMatchList>(`<ngo-match-list programme="${PROGRAMME}" api-base="${API}" ${attributes}></ngo-match-list>`);
  await waitForState(el, 'ready');
  return el;
}

describe('<ngo-match-list>', () => {
  test('shows the ten best-matched NGOs with a bar per criterion and the reasons in words', async () => {
    const el = await list('profile-href="/ngo/{id}"');
    expect(clean(shadow(el, '[part="heading"]'))).toBe('Organisations for Coastal Literacy Initiative');
    const items = shadowAll(el, '[part="item"]');
    expect(items).toHaveLength(10);
    expect(names(el)[0]).toBe('Lanternfish Literacy Network');
    expect(new URL(shadow<HTMLAnchorElement>(el, '[part="name"] a')!.href).pathname).toBe('/ngo/demo-lanternfish-literacy-network');
    const first = items[0]!;
    expect([...first.querySelectorAll('[part="criterion"]')].map(clean)[0]).toMatch(/^Sector fit 100%, weight \d+%$/);
    expect(first.querySelector<HTMLElement>('[part="bar-fill"]')!.style.getPropertyValue('--ngo-fill')).toBe('100%');
    const reasons = [...first.querySelectorAll('[part~="reason"]')].map(clean);
    expect(reasons).toContain("In favour: Shares 3 of the programme's 4 themes: literacy, adult learning, and reading.");
    expect(clean(first.querySelector('[part="score"]'))).toMatch(/^Score: \d+%$/);
    await expectNoAxeViolations(el);
  });

  test('re-ranks at once when a slider moves, then asks the server for the exact ranking', async () => {
    const el = await list();
    const before = names(el);
    const requests: string[] = [];
    worker.events.on('request:start', ({ request }) => requests.push(request.url));
    const changes: unknown[] = [];
    el.addEventListener('ngo-weights-change', (event) => changes.push(event.weights));

    const geography = slider(el, 'geography');
    geography.value = '10';
    geography.dispatchEvent(new Event('input', { bubbles: true }));
    for (const criterion of ['sector', 'themes']) {
      const input = slider(el, criterion);
      input.value = '0';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await el.updateComplete;
    const live = names(el);
    expect(live).not.toEqual(before);
    expect(changes).toHaveLength(3);
    expect(changes.at(-1)).toMatchObject({ geography: 10, sector: 0, themes: 0 });

    await expect.poll(() => requests.some((url) => url.includes('weights=')), { timeout: 3000 }).toBe(true);
    await waitForState(el, 'ready');
    await expect.poll(() => clean(shadow(el, '[role="status"]'))).toMatch(/^Ranking updated: .+ is first\.$/);
    const weighted = requests.find((url) => url.includes('weights='))!;
    expect(new URL(weighted).searchParams.get('weights')).toContain('geography:10');
    // The server's ranking over every organisation agrees with the live one at the top.
    expect(names(el)[0]).toBe(live[0]);
  });

  test('sliders work from the keyboard and say their share of the weight', async () => {
    const el = await list();
    const geography = slider(el, 'geography');
    const start = Number(geography.value);
    geography.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await el.updateComplete;
    expect(Number(geography.value)).toBe(Math.min(10, start + 2));
    expect(geography.getAttribute('aria-valuetext')).toMatch(/^\d+ of 10 \(\d+%\)$/);
    expect(clean(shadow(el, `output[for="${geography.id}"]`))).toBe(geography.value);
    const reset = shadow<HTMLButtonElement>(el, '[part="reset"]')!;
    expect(reset.disabled).toBe(false);
    reset.click();
    await el.updateComplete;
    expect(Number(slider(el, 'geography').value)).toBe(start);
    await expectNoAxeViolations(el);
  });

  test('speaks French and Arabic (right to left), and every one of the six languages', async () => {
    const fr = await list('lang="fr"');
    expect(clean(shadow(fr, '[part="heading"]'))).toBe("Organisations pour Initiative d'alphabétisation du littoral");
    expect(clean(shadow(fr, 'legend'))).toBe('Poids de chaque critère');
    expect(shadowAll(fr, '[part~="reason"]').map(clean)).toContain("Atout : Active dans le Secteur de l'éducation.");
    const ar = await list('lang="ar"');
    expect(shadow(ar, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(clean(shadow(ar, 'legend'))).toBe('وزن كل معيار');
    await expectNoAxeViolations(ar);
    for (const [lang, legend] of [['es', 'Peso de cada criterio'], ['ru', 'Вес каждого критерия'], ['zh', '各项标准的权重']]) {
      const el = await list(`lang="${lang}"`);
      expect(clean(shadow(el, 'legend')), lang).toBe(legend);
    }
  });

  test.each(['fr', 'ar'])('fits a 320 px container without sideways scrolling (WCAG 1.4.10), lang=%s', async (lang) => {
    worker.use(...createHandlers({ baseUrl: API }));
    const el = mountInWidth<NgoMatchList>(320, `<ngo-match-list programme="${PROGRAMME}" api-base="${API}" lang="${lang}"></ngo-match-list>`);
    await waitForState(el, 'ready');
    await el.updateComplete;
    expectPartsInsideHost(el, '[part="weights"], [part="slider"], [part="item"], [part="reset"]');
    // Sliders stay usable: at least half the width.
    expect(shadow(el, '[part="slider"]')!.getBoundingClientRect().width).toBeGreaterThan(el.getBoundingClientRect().width / 2);
  });

  test('shows ranked matches given as a property, without loading anything', async () => {
    worker.use(...createHandlers({ baseUrl: API }));
    const data = await createClient({ baseUrl: API, retries: 0 }).programmes.matches('demo-archives-at-risk', { limit: 5 });
    const el = mount<NgoMatchList>('<ngo-match-list limit="3"></ngo-match-list>');
    el.results = data;
    await el.updateComplete;
    expect(el.state).toBe('ready');
    expect(shadowAll(el, '[part="item"]')).toHaveLength(3);
  });

  test('says when the programme does not exist, and retries after a failure', async () => {
    worker.use(...createHandlers({ baseUrl: API }));
    const missing = mount<NgoMatchList>(`<ngo-match-list programme="no-such-programme" api-base="${API}"></ngo-match-list>`);
    await waitForState(missing, 'error');
    expect(clean(shadow(missing, '[part="message"] p'))).toBe('This programme could not be found.');
    await expectNoAxeViolations(missing);

    let fail = true;
    worker.use(
      http.get(`${API}/programmes/:id/matches`, () => (fail ? HttpResponse.error() : undefined)),
      ...createHandlers({ baseUrl: API }),
    );
    const el = mount<NgoMatchList>(`<ngo-match-list programme="${PROGRAMME}" api-base="${API}"></ngo-match-list>`);
    await waitForState(el, 'error');
    expect(clean(shadow(el, '[part="message"] p'))).toMatch(/could not be reached/);
    fail = false;
    shadow<HTMLButtonElement>(el, '[part="retry"]')!.click();
    await waitForState(el, 'ready');
  });

  test('never links to a javascript: profile address', async () => {
    const el = await list('profile-href="javascript:alert({id})"');
    expect(shadow(el, '[part="name"] a')).toBeNull();
  });
});
