import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import { createClient } from '@ngo-liaison/client';
import { createHandlers, type MockPerson } from '@ngo-liaison/client/msw';
import { sampleConsultation, type ConsultationInput } from '@ngo-liaison/core';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { HOSTILE_TEXT } from '../../../test/dialogue-path.js';
import { cleanup, deepActiveElement, expectPartsInsideHost, mount, mountInWidth, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { LANTERNFISH, WRITE_API } from '../../../test/write-path.js';
import type { NgoConsultationRespondEvent } from '../../events/ngo-consultation-respond.js';
import type { NgoConsultation } from './ngo-consultation.element.js';
import './ngo-consultation.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const DAY = 86_400_000;
const SAMPLE = sampleConsultation(new Date()).id;
/** Fixtures, not secrets: two NGO editors answer, the Education Sector owns the sample consultation. */
const PEOPLE = {
  editor: { token: 'consult-editor', displayName: 'Lanternfish editor', roles: [{ role: 'ngo-editor', organization: LANTERNFISH.id }] },
  other: { token: 'consult-other', displayName: 'Cedar Lantern editor', roles: [{ role: 'ngo-editor', organization: 'demo-cedar-lantern-foundation' }] },
  third: { token: 'consult-third', displayName: 'Birch Signal editor', roles: [{ role: 'ngo-editor', organization: 'demo-birch-signal-media-guild' }] },
  sector: { token: 'consult-sector', displayName: 'Education Sector focal point', roles: [{ role: 'sector', sector: 'ED' }] },
} satisfies Record<string, MockPerson>;
type Who = keyof typeof PEOPLE;

/** The handlers' clock: a Date the tests move forward (closing, publishing) while the page's clock stays. */
let clock = new Date();
function useConsultationHandlers(): void {
  clock = new Date();
  worker.use(...createHandlers({ baseUrl: WRITE_API, people: Object.values(PEOPLE), now: clock }));
}
const advance = (ms: number) => clock.setTime(clock.getTime() + ms);
const clientOf = (who: Who) => createClient({ baseUrl: WRITE_API, token: PEOPLE[who].token, retries: 0 });
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const pwned = () => (window as { __ngoPwned?: boolean }).__ngoPwned;

async function consultation(who: Who = 'editor', attributes = '', markup = mount, id = SAMPLE): Promise<NgoConsultation> {
  const el = markup<NgoConsultation>(`<ngo-consultation consultation-id="${id}" ${attributes}></ngo-consultation>`);
  el.client = clientOf(who);
  await waitForState(el, 'ready');
  return el;
}

const rankingOrder = (el: NgoConsultation, question = 'order') => shadowAll(el, `[data-question="${question}"] [part="rank-item"]`).map((li) => li.dataset.option);
const input = (el: NgoConsultation, question: string, value: string) => shadow<HTMLInputElement>(el, `[data-question="${question}"] input[value="${value}"]`)!;

/** A consultation of the Education Sector, open since yesterday, closing tomorrow (the page's clock and the handlers' agree). */
function shortConsultation(): ConsultationInput {
  const sample = sampleConsultation(new Date());
  const now = Date.now();
  return {
    title: { en: 'Reading circles: what next?' },
    owner: { kind: 'sector', sector: 'ED' },
    audience: { kind: 'all-partners' },
    questions: sample.questions,
    opensAt: new Date(now - DAY).toISOString(),
    closesAt: new Date(now + DAY).toISOString(),
  };
}

describe('<ngo-consultation>', () => {
  test('a respondent answers every kind of question, the ranking by keyboard only, and saves', async () => {
    useConsultationHandlers();
    const el = await consultation();
    const saves: NgoConsultationRespondEvent[] = [];
    el.addEventListener('ngo-consultation-respond', (event) => saves.push(event));
    expect(clean(shadow(el, '[part="heading"]'))).toBe('Demo: priorities for adult literacy');
    expect(shadow(el, '[data-question="focus"]')!.getAttribute('role')).toBe('radiogroup');

    await userEvent.click(input(el, 'focus', 'youth'));
    input(el, 'means', 'radio').focus();
    await userEvent.keyboard(' ');
    input(el, 'means', 'classes').focus();
    await userEvent.keyboard(' ');

    // Ranking: "Books" down twice, then "Places" (now second) up once, all from the keyboard.
    expect(rankingOrder(el)).toEqual(['books', 'teachers', 'places']);
    const booksDown = shadow<HTMLButtonElement>(el, '#q-order-books-down')!;
    expect(booksDown.getAttribute('aria-label')).toBe('Move “Books in local languages” down');
    booksDown.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(rankingOrder(el)).toEqual(['teachers', 'books', 'places']);
    expect(clean(shadow(el, '[part="announcer"]'))).toBe('“Books in local languages” is now number 2 of 3.');
    expect(deepActiveElement()).toBe(shadow(el, '#q-order-books-down'));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(rankingOrder(el)).toEqual(['teachers', 'places', 'books']);
    expect(deepActiveElement()).toBe(shadow(el, '#q-order-books-down'));
    expect(shadow(el, '#q-order-books-down')!.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Enter}'); // at the end: nothing moves
    expect(rankingOrder(el)).toEqual(['teachers', 'places', 'books']);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}'); // to "Books" up
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}'); // to "Places" down
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}'); // to "Places" up
    expect(deepActiveElement()).toBe(shadow(el, '#q-order-places-up'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(rankingOrder(el)).toEqual(['places', 'teachers', 'books']);
    expect(clean(shadow(el, '[part="announcer"]'))).toBe('“Places to meet” is now number 1 of 3.');

    const comment = `Radio works best at night. ${HOSTILE_TEXT}`;
    await userEvent.fill(shadow<HTMLTextAreaElement>(el, '#q-comment')!, comment);
    await el.updateComplete;
    expect(clean(shadow(el, '[part="counter"]'))).toBe(`${(2000 - comment.length).toLocaleString('en')} characters left`);

    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.saveState).toBe('saved');
    await el.updateComplete;
    expect(clean(shadow(el, '[part="status"]'))).toMatch(/^Saved on .*You can change your answers until the consultation closes\.$/);
    expect(saves).toHaveLength(1);
    const saved = await clientOf('editor').consultations.myResponse(SAMPLE);
    expect(saved.answers).toEqual({ focus: 'youth', means: ['radio', 'classes'], order: ['places', 'teachers', 'books'], comment });
    expect(pwned()).toBeUndefined();
  });

  test('re-opened, it shows the saved answers and a change replaces them (one response)', async () => {
    useConsultationHandlers();
    await clientOf('editor').consultations.respond(SAMPLE, { answers: { focus: 'elders', means: ['mobile'], order: ['teachers', 'books', 'places'], comment: 'Before.' } });
    const el = await consultation();
    expect(input(el, 'focus', 'elders').checked).toBe(true);
    expect(input(el, 'focus', 'women').checked).toBe(false);
    expect(input(el, 'means', 'mobile').checked).toBe(true);
    expect(input(el, 'means', 'radio').checked).toBe(false);
    expect(rankingOrder(el)).toEqual(['teachers', 'books', 'places']);
    expect(shadow<HTMLTextAreaElement>(el, '#q-comment')!.value).toBe('Before.');
    expect(clean(shadow(el, '[part="notice"]'))).toMatch(/^Your answers saved on .* are shown\./);

    await userEvent.click(input(el, 'focus', 'women'));
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.saveState).toBe('saved');
    const results = await clientOf('sector').consultations.results(SAMPLE);
    expect(results.responses).toBe(1);
    expect((await clientOf('editor').consultations.myResponse(SAMPLE)).answers.focus).toBe('women');
  });

  test('a required question left blank: nothing is sent, the error summary takes focus and leads to the question', async () => {
    useConsultationHandlers();
    const puts: string[] = [];
    worker.events.on('request:start', ({ request }) => void (request.method === 'PUT' && puts.push(request.url)));
    const el = await consultation();
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.saveState).toBe('invalid');
    await el.updateComplete;
    const summary = shadow(el, '[part="error-summary"]')!;
    expect(deepActiveElement()).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((a) => clean(a))).toEqual(['Which group should come first?: Enter a value.']);
    expect(shadow(el, '#q-focus')!.getAttribute('aria-invalid')).toBe('true');
    summary.querySelector('a')!.click();
    expect(deepActiveElement()).toBe(input(el, 'focus', 'women'));
    expect(puts).toEqual([]);
    await expectNoAxeViolations(el);
  });

  test('a 400 from the server names the field: the summary links to that question', async () => {
    useConsultationHandlers();
    worker.use(
      http.put(`${WRITE_API}/consultations/:id/responses/mine`, () =>
        HttpResponse.json(
          { type: 'urn:liaison:invalid-request', title: 'Invalid request', status: 400, errors: [{ path: 'answers.comment', message: 'must be at most 2000 characters', code: 'too-long' }] },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await consultation();
    await userEvent.click(input(el, 'focus', 'women'));
    await userEvent.fill(shadow<HTMLTextAreaElement>(el, '#q-comment')!, 'Some text');
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.saveState).toBe('invalid');
    await el.updateComplete;
    const link = shadow(el, '[part="error-summary"] a')!;
    expect(clean(link)).toBe('Anything else the sector should know?: This text is too long.');
    link.click();
    expect(deepActiveElement()).toBe(shadow(el, '#q-comment'));
    expect(shadow(el, '#q-comment')!.getAttribute('aria-describedby')).toContain('q-comment-error');
  });

  test('the consultation closes while the page is open: the save is refused (409) and the element says it is closed', async () => {
    useConsultationHandlers();
    const el = await consultation();
    await userEvent.click(input(el, 'focus', 'women'));
    advance(30 * DAY);
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.saveState).toBe('closed');
    await el.updateComplete;
    const closed = shadow(el, '[part~="closed"]')!;
    expect(clean(closed)).toBe('This consultation has closed: your answers were not saved.');
    expect(closed.getAttribute('role')).toBe('alert');
    expect(deepActiveElement()).toBe(closed);
    expect(shadow(el, '[part="base"]')).toBeNull();
  });

  test('published results: each chart has a table whose counts and shares match the responses; the ranking by points and mean rank', async () => {
    useConsultationHandlers();
    const created = await clientOf('sector').consultations.create(shortConsultation());
    await clientOf('editor').consultations.respond(created.id, { answers: { focus: 'women', means: ['radio', 'mobile'], order: ['books', 'teachers', 'places'], comment: 'One.' } });
    await clientOf('other').consultations.respond(created.id, { answers: { focus: 'women', means: ['radio'], order: ['teachers', 'books', 'places'] } });
    await clientOf('third').consultations.respond(created.id, { answers: { focus: 'youth', order: ['books', 'places', 'teachers'], comment: 'Three.' } });

    // The owner sees them live while the consultation runs; a respondent does not.
    const live = await consultation('sector', 'live-results', mount, created.id);
    expect(clean(shadow(live, '[part="results-title"]'))).toBe('Live results (not published yet)');
    const respondent = await consultation('editor', '', mount, created.id);
    expect(shadow(respondent, '[part="results"]')).toBeNull();

    advance(2 * DAY);
    await clientOf('sector').consultations.publish(created.id);
    const el = await consultation('editor', '', mount, created.id);
    expect(clean(shadow(el, '[part="results-title"]'))).toBe('Results');
    expect(clean(shadow(el, '[part="response-count"]'))).toBe('3 responses');
    const rows = (question: string) => shadowAll(el, `[data-question="${question}"] table tbody tr`).map((tr) => [...tr.children].map((cell) => clean(cell)));
    expect(rows('focus')).toEqual([
      ['Women', '2', '67%'],
      ['Young people out of school', '1', '33%'],
      ['Older adults', '0', '0%'],
    ]);
    expect(rows('means')).toEqual([
      ['Radio', '2', '100%'],
      ['Mobile phones', '1', '50%'],
      ['Evening classes', '0', '0%'],
    ]);
    // Borda points: books 2+1+2 = 5, teachers 1+2+0 = 3, places 0+0+1 = 1.
    expect(rows('order')).toEqual([
      ['1', 'Books in local languages', '1.33', '5'],
      ['2', 'Trained facilitators', '2.00', '3'],
      ['3', 'Places to meet', '2.67', '1'],
    ]);
    expect(clean(shadow(el, '[data-question="comment"] [part="written"]'))).toBe('2 written answers.');
    const table = shadow(el, '[data-question="focus"] table')!;
    expect(clean(table.querySelector('caption'))).toBe('Which group should come first? — 3 respondents answered this question.');
    expect(shadowAll(el, '[data-question="focus"] [part="bar-fill"]').map((rect) => rect.getAttribute('width'))).toEqual(['66.7', '33.3', '0']);
    expect(shadow(el, '[data-question="focus"] [part="chart"]')!.getAttribute('aria-hidden')).toBe('true');
    expect(shadow(el, '[part="base"]')).toBeNull();
    await expectNoAxeViolations(el);
  });

  test('in Arabic: right to left, translated, the English question marked as such, axe clean; at 320 px nothing leaves the host', async () => {
    useConsultationHandlers();
    const el = await consultation('editor', 'lang="ar"', (markup) => mountInWidth(320, markup));
    await expect.poll(() => clean(shadow(el, '[part="save"]'))).toBe('حفظ إجاباتي');
    expect(getComputedStyle(shadow(el, '[part="container"]')!).direction).toBe('rtl');
    const prompt = shadow(el, '[data-question="focus"] legend')!;
    expect(prompt.querySelector('[lang="en"]')?.textContent).toBe('Which group should come first?');
    expect(clean(prompt.querySelector('[part="language-note"]'))).toContain('الإنجليزية');
    // The options are in the prompt's language: the prompt's note says it once for all of them.
    expect(shadow(el, '[data-question="focus"] [part="choice"] span[lang="en"]')).not.toBeNull();
    expect(shadow(el, '[data-question="focus"] [part="choice"] [part="language-note"]')).toBeNull();
    expectPartsInsideHost(el, '[part]');
    await expectNoAxeViolations(el);
  });

  test('a save that fails (500) says so in an alert and keeps every choice; an untouched ranking is not sent as an answer', async () => {
    useConsultationHandlers();
    let failing = true;
    const bodies: unknown[] = [];
    worker.use(
      http.put(`${WRITE_API}/consultations/:id/responses/mine`, async ({ request }) => {
        bodies.push(await request.clone().json());
        return failing ? HttpResponse.json({ type: 'about:blank', title: 'Boom', status: 500 }, { status: 500, headers: { 'content-type': 'application/problem+json' } }) : undefined;
      }),
    );
    const el = await consultation();
    await userEvent.click(input(el, 'focus', 'elders'));
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.saveState).toBe('failed');
    await el.updateComplete;
    expect(clean(shadow(el, '[part~="status-error"][role="alert"]'))).toBe('Not saved: The server answered with an error (HTTP 500). Nothing you chose is lost; try again.');
    expect(input(el, 'focus', 'elders').checked).toBe(true);
    failing = false;
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.saveState).toBe('saved');
    await el.updateComplete;
    expect(shadow(el, '[role="alert"]')).toBeNull();
    expect(bodies.at(-1)).toEqual({ answers: { focus: 'elders' } });
  });

  test('published results read without signing in (api-base), in French', async () => {
    useConsultationHandlers();
    const created = await clientOf('sector').consultations.create(shortConsultation());
    await clientOf('editor').consultations.respond(created.id, { answers: { focus: 'elders' } });
    advance(2 * DAY);
    await clientOf('sector').consultations.publish(created.id);
    const el = mount<NgoConsultation>(`<ngo-consultation lang="fr" api-base="${WRITE_API}" consultation-id="${created.id}"></ngo-consultation>`);
    await waitForState(el, 'ready');
    await expect.poll(() => clean(shadow(el, '[part="results-title"]'))).toBe('Résultats');
    expect(clean(shadow(el, '[data-question="focus"] tbody tr:nth-child(3)'))).toMatch(/^Les adultes âgés 1 100\s?%$/);
    // The title has no French: shown in English, and said so.
    expect(clean(shadow(el, '[part="heading"] [part="language-note"]'))).toBe('(en anglais)');
    await expectNoAxeViolations(el);
  });

  test('an unknown consultation (or one the caller may not see) shows a not-found message', async () => {
    useConsultationHandlers();
    const el = mount<NgoConsultation>('<ngo-consultation consultation-id="cons-nowhere"></ngo-consultation>');
    el.client = clientOf('editor');
    await waitForState(el, 'error');
    const message = shadow(el, '[part~="message"]')!;
    expect(message.getAttribute('part')).toContain('not-found');
    expect(clean(message)).toBe('There is no such consultation, or it is not open to you.');
  });

  test('without a consultation id it says what to set', async () => {
    const el = mount<NgoConsultation>('<ngo-consultation></ngo-consultation>');
    await el.updateComplete;
    expect(clean(shadow(el, '[part="message"]'))).toContain('consultation-id attribute');
  });
});
