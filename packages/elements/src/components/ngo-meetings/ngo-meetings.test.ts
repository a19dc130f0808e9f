import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createClient } from '@ngo-liaison/client';
import { createHandlers } from '@ngo-liaison/client/msw';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { HOSTILE_TEXT } from '../../../test/dialogue-path.js';
import { cleanup, deepActiveElement, expectPartsInsideHost, mount, mountInWidth, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { LANTERNFISH, WRITE_API } from '../../../test/write-path.js';
import type { NgoMeetingChangeEvent } from '../../events/ngo-meeting-change.js';
import type { NgoMeetings } from './ngo-meetings.element.js';
import { readerZone } from './meeting-slot-draft.js';
import './ngo-meetings.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const PEOPLE = {
  editor: { id: 'p-editor', token: 'meet-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor' as const, organization: LANTERNFISH.id }] },
  commission: { id: 'p-commission', token: 'meet-commission', displayName: 'Awa Commission', roles: [{ role: 'member-state' as const, country: 'SN', via: 'national-commission' as const }] },
  delegation: { id: 'p-delegation', token: 'meet-delegation', displayName: 'Delegation of Kenya', roles: [{ role: 'member-state' as const, country: 'KE', via: 'delegation' as const }] },
};
const useMeetingHandlers = () => worker.use(...createHandlers({ baseUrl: WRITE_API, people: Object.values(PEOPLE) }));
const as = (who?: keyof typeof PEOPLE) => createClient({ baseUrl: WRITE_API, retries: 0, ...(who ? { token: PEOPLE[who].token } : {}) });
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pwned = () => (window as { __ngoPwned?: boolean }).__ngoPwned;

/** A whole hour `days` from now, as the API writes instants. */
const hourIn = (days: number, hours = 0) => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + days * 86_400_000 + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
const SLOTS = [
  { start: hourIn(30), end: hourIn(30, 1), zone: 'Africa/Dakar' },
  { start: hourIn(32), end: hourIn(32, 1), zone: 'Africa/Dakar' },
];
/** Senegal's National Commission asks the NGO to meet: the NGO's turn. */
const commissionAsks = (subject = 'Reading circles') =>
  as('commission').meetings.request({ as: 'national-commission', organization: LANTERNFISH.id, country: 'SN', counterpart: PEOPLE.editor.id, subject, language: 'en', slots: SLOTS });

async function meetings(client = as('editor'), attributes = '', markup = mount): Promise<NgoMeetings> {
  const el = markup<NgoMeetings>(`<ngo-meetings ${attributes}></ngo-meetings>`);
  el.client = client;
  await waitForState(el, 'ready');
  return el;
}

describe('<ngo-meetings>', () => {
  test('lists a meeting awaiting the reader with the other party and the times; a time is confirmed from the radio group by keyboard', async () => {
    useMeetingHandlers();
    const asked = await commissionAsks(`Reading circles ${HOSTILE_TEXT}`);
    const el = await meetings();
    const changes: NgoMeetingChangeEvent[] = [];
    el.addEventListener('ngo-meeting-change', (event) => changes.push(event));
    const item = shadow(el, '[part~="meeting"]')!;
    expect(clean(item.querySelector('[part="meeting-subject"]'))).toContain(HOSTILE_TEXT);
    expect(pwned()).toBeUndefined();
    expect(clean(item.querySelector('[part="meeting-status"]'))).toBe('Proposed');
    expect(clean(item.querySelector('[part="meeting-party"]'))).toBe('With Awa Commission (National Commission of Senegal)');
    expect(clean(item.querySelector('[part="meeting-turn"]'))).toBe('Your answer is awaited.');
    const radios = shadowAll<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios).toHaveLength(2);
    expect(clean(radios[0]!.labels![0])).toContain('(Africa/Dakar)');

    radios[0]!.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowDown}');
    expect(shadowAll<HTMLInputElement>(el, 'input[type="radio"]')[1]!.checked).toBe(true);
    shadow<HTMLButtonElement>(el, '[part="confirm"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => clean(shadow(el, '[part="meeting-status"]'))).toBe('Confirmed');
    expect(clean(shadow(el, '[part="status"]'))).toBe('The meeting is confirmed.');
    expect(clean(shadow(el, '[part="meeting-slot"]'))).toMatch(/^Confirmed for .*\(Africa\/Dakar\)$/);
    expect((await as('commission').meetings.get(asked.id)).confirmedSlot).toEqual(SLOTS[1]);
    expect(changes.map((c) => [c.change, c.meeting.id])).toEqual([['confirmed', asked.id]]);
    await expectNoAxeViolations(el);
  });

  test('confirming without a time, or declining without a reason, says what is missing; a decline with a reason is sent', async () => {
    useMeetingHandlers();
    const asked = await commissionAsks();
    const el = await meetings();
    shadow<HTMLButtonElement>(el, '[part="confirm"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part~="status-error"]'))).toBe('Choose one of the proposed times.');
    shadow<HTMLButtonElement>(el, '[part="decline"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part~="status-error"]'))).toBe('Give a reason.');
    expect(deepActiveElement()).toBe(shadow(el, `#reason-${CSS.escape(asked.id)}`));
    await userEvent.fill(shadow<HTMLTextAreaElement>(el, `#reason-${CSS.escape(asked.id)}`)!, 'Our team is in the field');
    // Agreeing to make it public meanwhile keeps what was typed.
    shadow<HTMLInputElement>(el, 'input[type="checkbox"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="status"]'))).toBe('You agree to make it public.');
    expect(shadow<HTMLTextAreaElement>(el, `#reason-${CSS.escape(asked.id)}`)!.value).toBe('Our team is in the field');
    shadow<HTMLButtonElement>(el, '[part="decline"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="meeting-status"]'))).toBe('Declined');
    expect(clean(shadow(el, '[part="meeting-reason"]'))).toBe('Reason: Our team is in the field');
    expect(shadow(el, '[part="answer"]')).toBeNull();
    expect(shadow(el, '[part~="public"]')).toBeNull();
  });

  test('other times are proposed instead; then the other party answers', async () => {
    useMeetingHandlers();
    const asked = await commissionAsks();
    const el = await meetings();
    const toggle = shadow<HTMLButtonElement>(el, '[part="counter-propose"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await el.updateComplete;
    const prefix = `#counter-${CSS.escape(asked.id)}-0`;
    const day = hourIn(40).slice(0, 10);
    await userEvent.fill(shadow<HTMLInputElement>(el, `${prefix}-date`)!, day);
    await userEvent.fill(shadow<HTMLInputElement>(el, `${prefix}-start`)!, '10:00');
    shadow<HTMLButtonElement>(el, `#counter-${CSS.escape(asked.id)} [part="save"]`)!.click();
    await expect.poll(() => clean(shadow(el, '[part~="status-error"]'))).toBe('Give a date, a start and a later end for time 1.');
    await userEvent.fill(shadow<HTMLInputElement>(el, `${prefix}-end`)!, '11:30');
    shadow<HTMLButtonElement>(el, `#counter-${CSS.escape(asked.id)} [part="save"]`)!.click();
    await expect.poll(() => clean(shadow(el, '[part="meeting-turn"]'))).toBe('Awaiting the other party’s answer.');
    const stored = await as('commission').meetings.get(asked.id);
    expect(stored).toMatchObject({ awaiting: 'national-commission', slots: [{ zone: readerZone() }] });
    expect(stored.slots[0]!.start.slice(0, 10) <= day).toBe(true);
    expect(shadowAll(el, '[part="meeting-slot"]')).toHaveLength(1);
  });

  test('the NGO asks a National Commission member chosen from the list, with two times; the request joins the list', async () => {
    useMeetingHandlers();
    const el = await meetings();
    expect(clean(shadow(el, '[part="empty"]'))).toBe('No meeting yet.');
    const options = [...shadow<HTMLSelectElement>(el, '#counterpart')!.options].map((o) => clean(o));
    expect(options).toEqual(['—', 'Awa Commission — National Commission of Senegal']);
    shadow<HTMLButtonElement>(el, 'form [part="save"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part~="status-error"]'))).toBe('Choose with whom to meet.');
    expect(deepActiveElement()).toBe(shadow(el, '#counterpart'));
    await userEvent.selectOptions(shadow<HTMLSelectElement>(el, '#counterpart')!, `${PEOPLE.commission.id} SN`);
    await userEvent.fill(shadow<HTMLInputElement>(el, '#subject')!, 'Literacy clubs');
    const day = hourIn(40).slice(0, 10);
    await userEvent.fill(shadow<HTMLInputElement>(el, '#slot-0-date')!, day);
    await userEvent.fill(shadow<HTMLInputElement>(el, '#slot-0-start')!, '09:00');
    await userEvent.fill(shadow<HTMLInputElement>(el, '#slot-0-end')!, '10:00');
    shadow<HTMLButtonElement>(el, '[part="add-slot"]')!.click();
    await el.updateComplete;
    await userEvent.fill(shadow<HTMLInputElement>(el, '#slot-1-date')!, day);
    await userEvent.fill(shadow<HTMLInputElement>(el, '#slot-1-start')!, '14:00');
    await userEvent.fill(shadow<HTMLInputElement>(el, '#slot-1-end')!, '15:00');
    shadow<HTMLButtonElement>(el, 'form [part="save"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="status"]'))).toBe('Your request was sent.');
    expect(clean(shadow(el, '[part="meeting-subject"]'))).toBe('Literacy clubs');
    expect(clean(shadow(el, '[part="meeting-turn"]'))).toBe('Awaiting the other party’s answer.');
    expect(shadow<HTMLInputElement>(el, '#subject')!.value).toBe('');
    const [sent] = await as('commission').meetings.list();
    expect(sent).toMatchObject({ subject: 'Literacy clubs', requester: { side: 'ngo', scope: LANTERNFISH.id }, counterpart: { personId: PEOPLE.commission.id, scope: 'SN' } });
    expect(sent!.slots).toHaveLength(2);
  });

  test('a confirmed meeting: the reader agrees to make it public and calls it off', async () => {
    useMeetingHandlers();
    const asked = await commissionAsks();
    await as('editor').meetings.confirm(asked.id, SLOTS[0]!.start);
    const el = await meetings();
    const box = shadow<HTMLInputElement>(el, 'input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    box.focus();
    await userEvent.keyboard(' ');
    await expect.poll(() => clean(shadow(el, '[part="status"]'))).toBe('You agree to make it public.');
    expect((await as('commission').meetings.get(asked.id)).counterpart.publicConsent).toBe(true);
    shadow<HTMLButtonElement>(el, '[part="call-off"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="meeting-status"]'))).toBe('Called off');
    expect(shadow(el, '[part="call-off"]')).toBeNull();
    expect((await as('commission').meetings.get(asked.id)).status).toBe('called-off');
  });

  test('someone who acts for neither side is told to sign in as one', async () => {
    useMeetingHandlers();
    const el = mount<NgoMeetings>('<ngo-meetings></ngo-meetings>');
    el.client = as('delegation');
    await waitForState(el, 'signed-out');
    expect(clean(shadow(el, '[part="message"]'))).toContain('Sign in as an NGO editor or a National Commission member');
  });

  test('in Arabic: right to left, translated, axe clean; at 320 px nothing leaves the host', async () => {
    useMeetingHandlers();
    await commissionAsks();
    const el = await meetings(as('editor'), 'lang="ar"', (markup) => mountInWidth(320, markup));
    await expect.poll(() => clean(shadow(el, '[part="heading"]'))).toBe('الاجتماعات بين المنظمات غير الحكومية واللجان الوطنية');
    expect(getComputedStyle(shadow(el, '[part="container"]')!).direction).toBe('rtl');
    expect(clean(shadow(el, '[part="confirm"]'))).toBe('تأكيد هذا الموعد');
    expectPartsInsideHost(el, '[part]');
    await expectNoAxeViolations(el);
  });
});
