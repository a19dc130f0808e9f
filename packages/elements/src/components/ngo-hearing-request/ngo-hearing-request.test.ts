import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createClient } from '@ngo-liaison/client';
import { createHandlers } from '@ngo-liaison/client/msw';
import type { ForumEvent, GoverningBodySession } from '@ngo-liaison/core';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { HOSTILE_TEXT } from '../../../test/dialogue-path.js';
import { cleanup, deepActiveElement, expectPartsInsideHost, mount, mountInWidth, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { FORM_PEOPLE, LANTERNFISH } from '../../../test/forms-path.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { WRITE_API } from '../../../test/write-path.js';
import type { NgoHearingChangeEvent } from '../../events/ngo-hearing-change.js';
import type { NgoForumCalendar } from '../ngo-forum-calendar/ngo-forum-calendar.element.js';
import type { NgoHearingRequest } from './ngo-hearing-request.element.js';
import './ngo-hearing-request.js';
import '../ngo-forum-calendar/ngo-forum-calendar.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const ORG = LANTERNFISH.id;
const SECRETARIAT = { token: 'hearings-secretariat', displayName: 'Secretariat', roles: [{ role: 'secretariat' as const }] };
const useHearingHandlers = () => worker.use(...createHandlers({ baseUrl: WRITE_API, people: [...Object.values(FORM_PEOPLE), SECRETARIAT] }));
const clientOf = (token: string) => createClient({ baseUrl: WRITE_API, token, retries: 0 });
const editor = () => clientOf(FORM_PEOPLE.editor.token);
const pwned = () => (window as { __ngoPwned?: boolean }).__ngoPwned;
const control = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => shadow<T>(el, `#${id}`)!;
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function hearingRequest(attributes = '', markup = mount): Promise<NgoHearingRequest> {
  const el = markup<NgoHearingRequest>(`<ngo-hearing-request organization="${ORG}" ${attributes}></ngo-hearing-request>`);
  el.client = editor();
  await waitForState(el, 'ready');
  return el;
}

async function choose(el: NgoHearingRequest, id: string, value: string): Promise<void> {
  await expect.poll(() => [...control<HTMLSelectElement>(el, id).options].some((o) => o.value === value)).toBe(true);
  const select = control<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** The fictional next NGP session (to come, with an agenda) and a slot on its first day. */
async function ngpSession(): Promise<GoverningBodySession> {
  const page = await editor().sessions.list({ body: ['ngp-committee'], limit: 100 });
  return page.items.find((s) => s.id === 'demo-ngp-next')!;
}
const slotOn = (session: GoverningBodySession) => ({ start: `${session.dates!.start}T08:00:00Z`, end: `${session.dates!.start}T08:20:00Z`, timeZone: 'Europe/Paris' });

describe('<ngo-hearing-request>', () => {
  test('an NGO editor asks to be heard on an agenda item: the counter counts, the request is listed as waiting, the text shown as text', async () => {
    useHearingHandlers();
    const el = await hearingRequest();
    const changes: NgoHearingChangeEvent[] = [];
    el.addEventListener('ngo-hearing-change', (event) => changes.push(event));
    await choose(el, 'agendaItem', '1');
    const statement = `We would speak on open skies. ${HOSTILE_TEXT}`;
    await userEvent.fill(control(el, 'statement'), statement);
    await el.updateComplete;
    expect(clean(shadow(el, '[part="counter"]'))).toBe(`${1500 - statement.length} characters left`);
    expect(control(el, 'statement').getAttribute('aria-describedby')).toContain('statement-counter');
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.sendState).toBe('sent');
    await el.updateComplete;
    expect(clean(shadow(el, '[part="status"]'))).toContain('The Secretariat will answer in your inbox');
    expect(changes.map((c) => c.change)).toEqual(['requested']);
    const item = shadow(el, '[part~="hearing-item"]')!;
    expect(item.getAttribute('part')).toContain('requested');
    expect(clean(item.querySelector('[part="hearing-state"]'))).toBe('Waiting for the Secretariat');
    expect(item.querySelector('[part="hearing-statement"]')!.textContent).toBe(statement);
    expect(pwned()).toBeUndefined();
    expect(control(el, 'statement').value).toBe('');
  });

  test('invalid values: nothing is sent, the error summary takes focus and leads to the field', async () => {
    useHearingHandlers();
    const el = await hearingRequest();
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.sendState).toBe('invalid');
    await el.updateComplete;
    const summary = shadow(el, '[part="error-summary"]')!;
    expect(deepActiveElement()).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((a) => clean(a))).toEqual(['Agenda item: Enter a value.', 'Your statement: Enter a value.']);
    summary.querySelectorAll('a')[1]!.click();
    expect(deepActiveElement()).toBe(control(el, 'statement'));
    expect((await editor().hearings.list({ organization: ORG })).items).toEqual([]);
  });

  test('accepted by the Secretariat: the slot shows in its zone, the hearing joins <ngo-forum-calendar>; withdrawn, it leaves', async () => {
    useHearingHandlers();
    const session = await ngpSession();
    const requested = await editor().hearings.request({ session: session.id, agendaItem: '1', organization: ORG, statement: 'On open skies.', language: 'en' });
    const accepted = await clientOf(SECRETARIAT.token).hearings.accept(requested.id, slotOn(session));
    const el = await hearingRequest();
    const item = shadow(el, '[part~="hearing-item"]')!;
    expect(clean(item.querySelector('[part="hearing-state"]'))).toBe('Accepted');
    expect(clean(item.querySelector('[part="hearing-slot"]'))).toMatch(/^Heard .*9:00.* to 9:20.* \(Europe\/Paris\)$/);

    const calendar = mount<NgoForumCalendar>(`<ngo-forum-calendar month="${session.dates!.start.slice(0, 7)}" view="agenda" time-zone="Europe/Paris"></ngo-forum-calendar>`);
    calendar.client = editor();
    await expect.poll(() => calendar.shadowRoot?.textContent ?? '').toContain('Hearing of Lanternfish');
    const event = (await editor().events.get(accepted.eventId!)) as ForumEvent;
    expect(event).toMatchObject({ kind: 'ngo-hearing', status: 'confirmed', sessionId: session.id, agendaItem: '1' });

    shadow<HTMLButtonElement>(el, '[part="withdraw"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="hearing-state"]'))).toBe('Withdrawn');
    expect(await editor().events.get(accepted.eventId!)).toMatchObject({ status: 'cancelled' });
    expect(await editor().hearings.ofSession(session.id)).toEqual([]);
  });

  test('in Arabic: right to left, translated, axe clean; at 320 px nothing leaves the host', async () => {
    useHearingHandlers();
    const el = await hearingRequest('lang="ar"', (markup) => mountInWidth(320, markup));
    await expect.poll(() => clean(shadow(el, '[part="heading"]'))).toBe('طلب الاستماع أمام لجنة الشركاء غير الحكوميين');
    expect(getComputedStyle(shadow(el, '[part="container"]')!).direction).toBe('rtl');
    expectPartsInsideHost(el, '[part]');
    await expectNoAxeViolations(el);
    expect(shadowAll(el, 'label').length).toBeGreaterThanOrEqual(4);
  });

  test('without an organisation it says what to set', async () => {
    const el = mount<NgoHearingRequest>('<ngo-hearing-request></ngo-hearing-request>');
    await el.updateComplete;
    expect(clean(shadow(el, '[part="message"]'))).toContain('organization attribute');
  });
});
