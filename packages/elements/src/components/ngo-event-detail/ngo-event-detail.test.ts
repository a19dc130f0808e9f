import { createHandlers } from '@ngo-liaison/client/msw';
import { sampleEvents } from '@ngo-liaison/core/sample-data';
import ICAL from 'ical.js';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow, shadowAll } from '../../../test/dom.js';
import { CALENDAR_EVENTS, HOSTILE_TITLE } from '../../../test/forum-events.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import type { NgoEventDetail } from './ngo-event-detail.element.js';
import './ngo-event-detail.js';

useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const NOW = new Date('2026-11-17T12:00:00Z');
const SAMPLE = sampleEvents(NOW);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function detail(event: (typeof SAMPLE)[number], attributes = ''): Promise<NgoEventDetail> {
  const el = mount<NgoEventDetail>(`<ngo-event-detail ${attributes}></ngo-event-detail>`);
  el.event = event;
  await el.updateComplete;
  return el;
}

describe('<ngo-event-detail>', () => {
  test('shows every fact: when (viewer + local), where, organisers, Member States, phases, registration, languages', async () => {
    const forum = SAMPLE.find((e) => e.id === 'demo-coastal-literacy-forum')!;
    const el = await detail(forum, 'time-zone="Asia/Kolkata" lang="en"');
    await expect.poll(() => text(shadow(el, '[part~="participants"]'))).toContain('Senegal');
    expect(text(shadow(el, '[part="title"]'))).toBe('Forum on Coastal Literacy (demo)');
    expect(shadow(el, '[part="title"]')!.getAttribute('role')).toBe('heading');
    expect(text(shadow(el, '[part~="when"] dd'))).toMatch(/Dec 14, 2026, 2:30\sPM\s?–\s?Dec 15, 2026, 11:00\sPM/);
    expect(text(shadow(el, '[part~="when"] dd'))).toMatch(/\(Dec 14, 9:00\sAM GMT – Dec 15, 5:30\sPM GMT\)$/);
    expect(text(shadow(el, '[part~="where"]'))).toContain('Lanternfish community hall (fictional), Dakar, Senegal, Online');
    expect(text(shadow(el, '[part~="organizers"]'))).toContain('Lanternfish Literacy Network (Host NGO)');
    expect(text(shadow(el, '[part~="participants"]'))).toContain('Senegal: Host country, Co-organiser');
    expect(shadowAll(el, '[part="phase"]').map((p) => p.dataset.status)).toEqual(['done', 'in-progress', 'not-started', 'not-started', 'not-started']);
    expect(text(shadowAll(el, '[part="phase"]')[0])).toMatch(/^Preparation — Done · October 1\s?–\s?November 15, 2026$/);
    expect(shadow<HTMLAnchorElement>(el, '[part="register"]')!.href).toBe('https://lanternfish-literacy.example.org/forum/register');
    expect(text(shadow(el, '[part~="registration"]'))).toMatch(/Deadline: December 1, 2026 at 11:59\sPM GMT/);
    expect(text(shadow(el, '[part~="languages"] dd'))).toBe('English, French');
    expect(text(shadow(el, '[part="badge"].fictional, .fictional'))).toBe('Fictional event (demo data)');
    await expectNoAxeViolations(el);
  });

  test('real past events show their sources and all-day dates, never shifted', async () => {
    const tunis = SAMPLE.find((e) => e.id === 'ngo-forum-9-tunis-2018')!;
    const el = await detail(tunis, 'time-zone="Pacific/Auckland" lang="fr"');
    expect(text(shadow(el, '[part~="when"] dd'))).toBe('26–27 septembre 2018 · Toute la journée');
    expect(shadowAll<HTMLAnchorElement>(el, '[part~="sources"] a').map((a) => a.href)).toEqual(['https://ngo-unesco.net/?cat=6']);
    expect(text(shadow(el, '.theme'))).toBe('Thème : New perspectives on Migration');
    expect(shadow(el, '.theme bdi')!.getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(el);
  });

  test('add to calendar: an .ics made in the browser that ical.js reads back, Google and Outlook links', async () => {
    const debate = SAMPLE.find((e) => e.id === 'demo-saltmarsh-heritage-debate')!;
    const el = await detail(debate, 'time-zone="Asia/Kolkata" lang="fr"');
    const ics = shadow<HTMLAnchorElement>(el, '[part="ics"]')!;
    expect(ics.getAttribute('download')).toBe('demo-saltmarsh-heritage-debate.ics');
    expect(ics.href).toMatch(/^blob:/);
    const body = await (await fetch(ics.href)).text();
    const vevent = new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe('demo-saltmarsh-heritage-debate@ngo-liaison');
    expect(parsed.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(parsed.startDate.toUnixTime() * 1000).toBe(Date.parse('2026-12-06T13:00:00Z'));
    expect(parsed.summary).toBe('Débat thématique : sel, marées et patrimoine vivant (démo)');
    const google = new URL(shadow<HTMLAnchorElement>(el, '[part="google"]')!.href);
    expect(google.searchParams.get('dates')).toBe('20261206T130000Z/20261206T150000Z');
    const outlook = new URL(shadow<HTMLAnchorElement>(el, '[part="outlook"]')!.href);
    expect(outlook.host).toBe('outlook.live.com');
    expect(outlook.searchParams.get('startdt')).toBe('2026-12-06T13:00:00Z');
    expect(new URL(shadow<HTMLAnchorElement>(el, '[part~="office"]')!.href).host).toBe('outlook.office.com');
  });

  test('loads by event-id from api-base, links the server’s .ics, and says when the event is unknown', async () => {
    worker.use(...createHandlers({ baseUrl: API, events: CALENDAR_EVENTS }));
    const el = mount<NgoEventDetail>(`<ngo-event-detail api-base="${API}" event-id="demo-dakar-forum" lang="ar" time-zone="UTC"></ngo-event-detail>`);
    await expect.poll(() => el.state).toBe('ready');
    await el.updateComplete;
    expect(text(shadow(el, '[part="title"]'))).toBe('منتدى محو الأمية الساحلية');
    expect(shadow<HTMLAnchorElement>(el, '[part="ics"]')!.href).toBe('https://api.liaison.test/v1/events/demo-dakar-forum.ics?lang=ar');
    expect(shadow(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(el);
    const missing = mount<NgoEventDetail>(`<ngo-event-detail api-base="${API}" event-id="nope" lang="en"></ngo-event-detail>`);
    await expect.poll(() => missing.state).toBe('error');
    await missing.updateComplete;
    expect(text(shadow(missing, '[part="message"]'))).toBe('This event could not be found.');
  });

  test('shows hostile text as text and links only http(s) URLs', async () => {
    const hostile = { ...CALENDAR_EVENTS.find((e) => e.id === 'demo-hostile')!, outputs: [{ kind: 'declaration' as const, url: 'javascript:alert(1)' }] };
    const el = await detail(hostile as (typeof SAMPLE)[number], 'lang="en" time-zone="UTC"');
    expect(text(shadow(el, '[part="title"]'))).toBe(HOSTILE_TITLE);
    expect(text(shadow(el, '.description'))).toBe(HOSTILE_TITLE);
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(shadowAll<HTMLAnchorElement>(el, 'a').some((a) => a.href.startsWith('javascript:'))).toBe(false);
  });
});
