import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createClient } from '@ngo-liaison/client';
import { createHandlers } from '@ngo-liaison/client/msw';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { HOSTILE_TEXT } from '../../../test/dialogue-path.js';
import { cleanup, deepActiveElement, expectPartsInsideHost, mount, mountInWidth, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { LANTERNFISH, WRITE_API } from '../../../test/write-path.js';
import type { NgoForumThemeChangeEvent } from '../../events/ngo-forum-theme-change.js';
import type { NgoForumThemes } from './ngo-forum-themes.element.js';
import './ngo-forum-themes.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const FORUM = 'demo-coastal-literacy-forum';
const PEOPLE = {
  editor: { token: 'themes-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor' as const, organization: LANTERNFISH.id }] },
  kenya: { token: 'themes-kenya', displayName: 'Delegation of Kenya', roles: [{ role: 'member-state' as const, country: 'KE', via: 'delegation' as const }] },
  senegal: { token: 'themes-senegal', displayName: 'Delegation of Senegal', roles: [{ role: 'member-state' as const, country: 'SN', via: 'delegation' as const }] },
  secretariat: { token: 'themes-secretariat', displayName: 'Secretariat', roles: [{ role: 'secretariat' as const }] },
};
const useThemeHandlers = () => worker.use(...createHandlers({ baseUrl: WRITE_API, people: Object.values(PEOPLE) }));
const as = (who?: keyof typeof PEOPLE) => createClient({ baseUrl: WRITE_API, retries: 0, ...(who ? { token: PEOPLE[who].token } : {}) });
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pwned = () => (window as { __ngoPwned?: boolean }).__ngoPwned;

async function forumThemes(client = as('kenya'), attributes = '', markup = mount): Promise<NgoForumThemes> {
  const el = markup<NgoForumThemes>(`<ngo-forum-themes event="${FORUM}" ${attributes}></ngo-forum-themes>`);
  el.client = client;
  await waitForState(el, 'ready');
  return el;
}

/** Two themes: the NGO's supported by Senegal (first), Kenya's with none. */
async function proposeTwo() {
  const kenyas = await as('kenya').forumThemes.propose(FORUM, { title: { en: 'Coastal languages online' }, description: { en: 'Small languages on the web.' } });
  const ngos = await as('editor').forumThemes.propose(FORUM, { title: { en: `Reading circles ${HOSTILE_TEXT}` }, description: {} });
  await as('senegal').forumThemes.support(ngos.id);
  return { kenyas, ngos };
}

describe('<ngo-forum-themes>', () => {
  test('shows the standings with counts, most supported first; a Member State supports with one press and withdraws with another, by keyboard', async () => {
    useThemeHandlers();
    const { ngos } = await proposeTwo();
    const el = await forumThemes();
    const changes: NgoForumThemeChangeEvent[] = [];
    el.addEventListener('ngo-forum-theme-change', (event) => changes.push(event));
    const standings = () => shadowAll(el, '[part~="standing"]');
    expect(standings().map((li) => clean(li.querySelector('[part="counts"]')))).toEqual(['Member States: 1, NGOs: 0', 'Member States: 0, NGOs: 0']);
    expect(standings()[0]!.querySelector('[part="theme-title"]')!.textContent).toContain(HOSTILE_TEXT);
    expect(pwned()).toBeUndefined();

    const button = standings()[0]!.querySelector<HTMLButtonElement>('[part="support"]')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.getAttribute('aria-describedby')).toBe(standings()[0]!.querySelector('[part="theme-title"]')!.id);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => clean(standings()[0]!.querySelector('[part="counts"]'))).toBe('Member States: 2, NGOs: 0');
    await el.updateComplete;
    const pressed = standings()[0]!.querySelector<HTMLButtonElement>('[part="support"]')!;
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(clean(pressed)).toBe('Withdraw support');
    expect(clean(shadow(el, '[part="status"]'))).toBe('You support this theme.');
    expect((await as().forumThemes.get(ngos.id)).memberStates).toBe(2);

    pressed.focus();
    await userEvent.keyboard(' ');
    await expect.poll(() => clean(standings()[0]!.querySelector('[part="counts"]'))).toBe('Member States: 1, NGOs: 0');
    expect(changes.map((c) => [c.change, c.theme])).toEqual([
      ['supported', ngos.id],
      ['withdrawn', ngos.id],
    ]);
  });

  test('a support given before the page was opened shows as given (409), and can be withdrawn', async () => {
    useThemeHandlers();
    const { ngos } = await proposeTwo();
    await as('kenya').forumThemes.support(ngos.id);
    const el = await forumThemes();
    shadow<HTMLButtonElement>(el, '[part="support"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="status"]'))).toBe('You already support this theme.');
    expect(shadow(el, '[part="support"]')!.getAttribute('aria-pressed')).toBe('true');
    shadow<HTMLButtonElement>(el, '[part="support"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="status"]'))).toBe('Support withdrawn.');
    expect((await as().forumThemes.get(ngos.id)).memberStates).toBe(1);
  });

  test('an NGO editor proposes a theme: it joins the standings; an empty title is refused at the field', async () => {
    useThemeHandlers();
    const el = await forumThemes(as('editor'));
    expect(clean(shadow(el, '[part="empty"]'))).toBe('No theme proposed yet.');
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part~="status-error"]'))).toBe('Enter the theme.');
    expect(deepActiveElement()).toBe(shadow(el, '#theme-title'));
    await userEvent.fill(shadow<HTMLInputElement>(el, '#theme-title')!, 'Libraries by the sea');
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="theme-title"]'))).toBe('Libraries by the sea');
    expect(clean(shadow(el, '[part="status"]'))).toBe('Your theme was proposed.');
    expect(shadow<HTMLInputElement>(el, '#theme-title')!.value).toBe('');
    expect((await as().forumThemes.list(FORUM)).items[0]!.theme.proposer).toEqual({ kind: 'ngo', organization: LANTERNFISH.id });
  });

  test('signed out, a support says to sign in and nothing is counted', async () => {
    useThemeHandlers();
    await proposeTwo();
    const el = await forumThemes(as());
    shadow<HTMLButtonElement>(el, '[part="support"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part~="status-error"]'))).toContain('Sign in as a Member State or an NGO editor');
    expect(clean(shadow(el, '[part="counts"]'))).toBe('Member States: 1, NGOs: 0');
  });

  test('once chosen: the chosen theme leads with its reasons; no Support button, no form', async () => {
    useThemeHandlers();
    const { ngos } = await proposeTwo();
    await as('secretariat').forumThemes.choose(FORUM, { theme: ngos.id, reasons: { en: 'Supported by two regions.' } });
    const el = await forumThemes();
    expect(clean(shadow(el, '[part="choice-theme"]'))).toContain('Reading circles');
    expect(clean(shadow(el, '[part="choice-reasons"]'))).toBe('Reasons: Supported by two regions.');
    expect(shadow(el, '[part~="chosen"]')).not.toBeNull();
    expect(shadowAll(el, '[part="support"]')).toEqual([]);
    expect(shadow(el, 'form')).toBeNull();
    expect(clean(shadow(el, '[part="closed"]'))).toContain('closed');
    await expectNoAxeViolations(el);
  });

  test('in Arabic: right to left, translated, axe clean; at 320 px nothing leaves the host', async () => {
    useThemeHandlers();
    await proposeTwo();
    const el = await forumThemes(as('kenya'), 'lang="ar"', (markup) => mountInWidth(320, markup));
    await expect.poll(() => clean(shadow(el, '[part="heading"]'))).toBe('المواضيع المقترحة لهذا المنتدى');
    expect(getComputedStyle(shadow(el, '[part="container"]')!).direction).toBe('rtl');
    expect(clean(shadow(el, '[part="support"]'))).toBe('تأييد');
    expectPartsInsideHost(el, '[part]');
    await expectNoAxeViolations(el);
  });

  test('without an event it says what to set', async () => {
    const el = mount<NgoForumThemes>('<ngo-forum-themes></ngo-forum-themes>');
    await el.updateComplete;
    expect(clean(shadow(el, '[part="message"]'))).toContain('event attribute');
  });

  test('lists the Member States registered for each phase, read-only, in lifecycle order and in the reader’s language', async () => {
    useThemeHandlers();
    const empty = await forumThemes();
    expect(clean(shadow(empty, '[part="no-registrations"]'))).toBe('No Member State has registered for a phase yet.');
    cleanup();
    await as('kenya').forumThemes.register(FORUM, { phase: 'financing', role: 'funder' });
    await as('senegal').forumThemes.register(FORUM, { phase: 'preparation', role: 'co-organiser' });
    const el = await forumThemes();
    const phases = shadowAll(el, '[part="phase"]');
    expect(phases.map((p) => [clean(p.querySelector('[part="phase-name"]')), ...[...p.querySelectorAll('[part="registration"]')].map(clean)])).toEqual([
      ['Preparation', 'Senegal: Co-organiser'],
      ['Financing', 'Kenya: Funder'],
    ]);
    expect(shadow(el, '[part="registrations"] button, [part="registrations"] input')).toBeNull();
    await expectNoAxeViolations(el);
    cleanup();
    const french = await forumThemes(as('kenya'), 'lang="fr"');
    await expect.poll(() => clean(shadow(french, '[part="phase"][data-phase="financing"]'))).toBe('Financement Kenya : Bailleur de fonds');
  });
});
