import { createClient } from '@ngo-liaison/client';
import { createHandlers } from '@ngo-liaison/client/msw';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { http, HttpResponse, delay } from 'msw';
import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../test/axe.js';
import { cleanup, mount, shadow } from '../test/dom.js';
import { CALENDAR_EVENTS } from '../test/forum-events.js';
import { useMockServiceWorker, worker } from '../test/msw.js';
import './components/ngo-action-feed/ngo-action-feed.js';
import './components/ngo-card/ngo-card.js';
import './components/ngo-directory/ngo-directory.js';
import './components/ngo-event-detail/ngo-event-detail.js';
import './components/ngo-field-office/ngo-field-office.js';
import './components/ngo-focal-points/ngo-focal-points.js';
import './components/ngo-forum-calendar/ngo-forum-calendar.js';
import './components/ngo-match-list/ngo-match-list.js';
import './components/ngo-organization-profile/ngo-organization-profile.js';
import './components/ngo-recommendation-tracker/ngo-recommendation-tracker.js';
import './components/ngo-newsletter-archive/ngo-newsletter-archive.js';
import './components/ngo-consultation/ngo-consultation.js';
import './components/ngo-forum-themes/ngo-forum-themes.js';
import './components/ngo-meetings/ngo-meetings.js';

/**
 * Every element that loads data × every way loading fails: each shows its error box (an
 * alert that says what went wrong) with a Retry button, never a blank, and Retry loads the
 * data once the server is back. The elements are given a client with a short timeout and one
 * retry, so that a timeout takes 300 ms rather than the default 10 s.
 */
useMockServiceWorker();
afterEach(cleanup);

const API = 'https://api.liaison.test/v1';
const TIMEOUT_MS = 300;

type LoadingElement = HTMLElement & { state: string; client?: unknown; updateComplete: Promise<boolean> };

interface Subject {
  tag: string;
  attributes: string;
  /** The request the element's first load makes (an msw path). */
  route: string;
  /** Its state once the data is shown. */
  loaded: string;
  /** Its state while the error shows (default `error`; `ready` when a second request failed). */
  failed?: string;
}

const SUBJECTS: Subject[] = [
  { tag: 'ngo-directory', attributes: '', route: `${API}/organizations`, loaded: 'list' },
  { tag: 'ngo-card', attributes: 'org-id="icom"', route: `${API}/organizations/:id`, loaded: 'ready' },
  { tag: 'ngo-organization-profile', attributes: 'org-id="icom"', route: `${API}/organizations/:id`, loaded: 'ready' },
  { tag: 'ngo-forum-calendar', attributes: 'month="2026-11" view="month" time-zone="UTC"', route: `${API}/events`, loaded: 'ready' },
  { tag: 'ngo-event-detail', attributes: 'event-id="demo-dakar-forum" time-zone="UTC"', route: `${API}/events/:id`, loaded: 'ready' },
  { tag: 'ngo-match-list', attributes: 'programme="demo-coastal-literacy-initiative"', route: `${API}/programmes/:id/matches`, loaded: 'ready' },
  { tag: 'ngo-field-office', attributes: 'code="abuja"', route: `${API}/field-offices/:code`, loaded: 'ready' },
  // The office shows, and its programmes, a request of their own, fail.
  { tag: 'ngo-field-office', attributes: 'code="abuja"', route: `${API}/programmes`, loaded: 'ready', failed: 'ready' },
  { tag: 'ngo-focal-points', attributes: 'sector="ED"', route: `${API}/focal-points`, loaded: 'ready' },
  { tag: 'ngo-action-feed', attributes: 'programme="demo-coastal-literacy-initiative"', route: `${API}/actions`, loaded: 'ready' },
  // Fresh handlers hold no recommendation: the list loads, empty.
  { tag: 'ngo-recommendation-tracker', attributes: 'country="SN"', route: `${API}/recommendations`, loaded: 'empty' },
  // The fictional sample issue of the previous month.
  { tag: 'ngo-newsletter-archive', attributes: '', route: `${API}/newsletters`, loaded: 'ready' },
  // The fictional sample consultation, read without signing in (no response of one's own, no results yet).
  { tag: 'ngo-consultation', attributes: 'consultation-id="cons-demo-literacy-priorities"', route: `${API}/consultations/:id`, loaded: 'ready' },
  // A forum's themes (none proposed yet: the standings load, empty).
  { tag: 'ngo-forum-themes', attributes: 'event="demo-dakar-forum"', route: `${API}/events/:id/forum-themes`, loaded: 'ready' },
  // Meetings first ask who is signed in (nobody here: once loaded, it says to sign in).
  { tag: 'ngo-meetings', attributes: '', route: `${API}/session`, loaded: 'signed-out' },
];

interface Fault {
  name: string;
  respond(): Response | Promise<Response>;
  /** What the error box says (English). */
  message: string;
}

const FAULTS: Fault[] = [
  { name: 'network error', respond: () => HttpResponse.error(), message: 'The server could not be reached.' },
  {
    name: 'timeout',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json({});
    },
    message: 'The server took too long to answer.',
  },
  {
    name: '500',
    respond: () => HttpResponse.json({ type: 'urn:x', title: 'Boom', status: 500 }, { status: 500, headers: { 'content-type': 'application/problem+json' } }),
    message: 'HTTP 500',
  },
  {
    name: '429 with Retry-After',
    respond: () => HttpResponse.json({ type: 'urn:x', title: 'Too many requests', status: 429 }, { status: 429, headers: { 'retry-after': '0' } }),
    message: 'HTTP 429',
  },
  { name: 'malformed JSON', respond: () => new HttpResponse('{"items": [', { headers: { 'content-type': 'application/json' } }), message: 'The server sent data in an unexpected format.' },
];

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const cases = SUBJECTS.flatMap((subject) => FAULTS.map((fault) => ({ ...subject, fault, label: `${subject.tag} (${subject.route.slice(API.length)}) × ${fault.name}` })));

describe('error states: every element that loads data × every fault', () => {
  test.each(cases)('$label: an alert with Retry, then the data after Retry', async ({ tag, attributes, route, loaded, failed = 'error', fault }) => {
    let failing = true;
    worker.use(
      http.get(route, () => (failing ? fault.respond() : undefined)),
      ...createHandlers({ baseUrl: API, organizations: SAMPLE_ORGANIZATIONS, events: CALENDAR_EVENTS }),
    );
    const el = mount<LoadingElement>(`<${tag} api-base="${API}" lang="en" ${attributes}></${tag}>`);
    el.client = createClient({ baseUrl: API, retries: 1, timeout: TIMEOUT_MS });

    await expect.poll(() => el.state, { timeout: 5_000 }).toBe(failed);
    await expect.poll(() => shadow(el, '[role="alert"]'), { timeout: 5_000 }).not.toBeNull();
    await el.updateComplete;
    const alert = shadow(el, '[role="alert"]');
    expect(text(alert)).toContain(fault.message);
    const retry = shadow<HTMLButtonElement>(el, '[part="retry"]');
    expect(retry, 'a Retry button').not.toBeNull();
    expect(text(retry)).toBe('Retry');

    failing = false;
    retry!.click();
    await expect.poll(() => el.state, { timeout: 5_000 }).toBe(loaded);
    await el.updateComplete;
    expect(shadow(el, '[role="alert"]')).toBeNull();
  });

  test('the error boxes pass axe', async () => {
    worker.use(http.get(`${API}/*`, () => HttpResponse.error()));
    const elements = SUBJECTS.map(({ tag, attributes }) => {
      const el = mount<LoadingElement>(`<${tag} api-base="${API}" lang="en" ${attributes}></${tag}>`);
      el.client = createClient({ baseUrl: API, retries: 0 });
      return el;
    });
    for (const el of elements) {
      await expect.poll(() => el.state, { timeout: 5_000 }).toBe('error');
      await el.updateComplete;
      await expectNoAxeViolations(el);
    }
  });
});
