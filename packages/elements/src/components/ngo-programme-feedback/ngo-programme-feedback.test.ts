import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { HOSTILE_TEXT } from '../../../test/dialogue-path.js';
import { cleanup, deepActiveElement, expectPartsInsideHost, mount, mountInWidth, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { LANTERNFISH, PROGRAMME, formClientAs, useFormHandlers, type FormWho } from '../../../test/forms-path.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { recordWrites } from '../../../test/write-path.js';
import type { NgoFeedbackChangeEvent } from '../../events/ngo-feedback-change.js';
import type { NgoProgrammeFeedback } from './ngo-programme-feedback.element.js';
import './ngo-programme-feedback.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const ORG = LANTERNFISH.id;
const pwned = () => (window as { __ngoPwned?: boolean }).__ngoPwned;

async function feedback(who: FormWho, attributes: string, markup = mount): Promise<NgoProgrammeFeedback> {
  const el = markup<NgoProgrammeFeedback>(`<ngo-programme-feedback ${attributes}></ngo-programme-feedback>`);
  el.client = formClientAs(who);
  await waitForState(el, 'ready');
  return el;
}

const control = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => shadow<T>(el, `#${id}`)!;
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function choose(el: NgoProgrammeFeedback, id: string, value: string): Promise<void> {
  await expect.poll(() => [...control<HTMLSelectElement>(el, id).options].some((o) => o.value === value)).toBe(true);
  const select = control<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function fillAndSend(el: NgoProgrammeFeedback, subject: string, text: string): Promise<void> {
  await choose(el, 'programme', PROGRAMME);
  await choose(el, 'country', 'SN');
  await userEvent.fill(control(el, 'subject'), subject);
  await userEvent.fill(control(el, 'text'), text);
  await el.updateComplete;
  shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
  await expect.poll(() => el.sendState).not.toBe('sending');
  await el.updateComplete;
}

/** The NGO sends one feedback through the client (what the form sends). */
const sent = (subject: string, text = `The tutors need more books. ${HOSTILE_TEXT}`) =>
  formClientAs('editor').feedback.send({ organization: ORG, programme: PROGRAMME, country: 'SN', subject, text, language: 'en' });

describe('<ngo-programme-feedback> for an NGO', () => {
  test('invalid values: nothing is sent, the error summary takes focus and links to each field, the text stays', async () => {
    useFormHandlers();
    const writes = recordWrites();
    const el = await feedback('editor', `organization="${ORG}"`);
    await userEvent.fill(control(el, 'text'), 'Only the text');
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.sendState).toBe('invalid');
    await el.updateComplete;
    expect(writes).toEqual([]);
    const summary = shadow(el, '[part="error-summary"]')!;
    expect(deepActiveElement()).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((a) => clean(a))).toEqual(['Programme: Enter a value.', 'Subject: Enter a value.']);
    summary.querySelectorAll('a')[1]!.click();
    expect(deepActiveElement()).toBe(control(el, 'subject'));
    expect(control(el, 'text').value).toBe('Only the text');
    await expectNoAxeViolations(el);
  });

  test('sends feedback (hostile text) to the programme’s sector; it is listed with its state, as text', async () => {
    useFormHandlers();
    const writes = recordWrites();
    const el = await feedback('editor', `organization="${ORG}"`);
    const events: NgoFeedbackChangeEvent[] = [];
    document.addEventListener('ngo-feedback-change', (event) => events.push(event), { once: true });
    await fillAndSend(el, `Books ${HOSTILE_TEXT}`, `The tutors need more books.\n${HOSTILE_TEXT}`);
    expect(el.sendState).toBe('sent');
    expect(clean(shadow(el, '[part="status"]'))).toMatch(/^Sent to the Education/);
    expect(events[0]?.change).toBe('sent');
    await expect.poll(() => writes[0]).toMatch(/^POST \/feedback - \{/);
    expect(JSON.parse(writes[0]!.replace(/^POST \/feedback - /, ''))).toEqual({
      organization: ORG,
      programme: PROGRAMME,
      country: 'SN',
      subject: `Books ${HOSTILE_TEXT}`,
      text: `The tutors need more books.\n${HOSTILE_TEXT}`,
      language: 'en',
    });
    const item = shadow(el, '[part~="feedback-item"]')!;
    expect(item.getAttribute('part')).toBe('feedback-item sent');
    expect(clean(item.querySelector('[part="feedback-subject"]'))).toBe(`Books ${HOSTILE_TEXT}`);
    expect(item.querySelector('[part="feedback-text"]')!.getAttribute('lang')).toBe('en');
    expect(item.querySelector('img, script')).toBeNull();
    expect(pwned()).toBeUndefined();
    expect(control(el, 'subject').value).toBe('');
    await expectNoAxeViolations(el);
  });

  test('in Arabic: right to left, messages from the codes', async () => {
    useFormHandlers();
    const el = await feedback('editor', `organization="${ORG}" lang="ar"`);
    shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
    await expect.poll(() => el.sendState).toBe('invalid');
    await expect.poll(() => clean(shadow(el, '[part="error-summary-title"]'))).toBe('توجد 3 مشكلات يجب إصلاحها قبل الإرسال');
    expect(getComputedStyle(shadow(el, '[part="container"]')!).direction).toBe('rtl');
    await expectNoAxeViolations(el);
  });
});

describe('<ngo-programme-feedback> for a sector', () => {
  test('lists the feedback addressed to it with the summary; acknowledges, answers (hostile text); the NGO reads the answer as text', async () => {
    useFormHandlers();
    await sent(`Books ${HOSTILE_TEXT}`);
    const el = await feedback('sector', 'sector="ED"');
    const item = () => shadow(el, '[part~="feedback-item"]')!;
    expect(clean(item().querySelector('[part="feedback-from"]'))).toBe(`From ${ORG}`);
    expect(clean(shadow(el, '[part="summary-scope"]'))).toMatch(/ · Senegal$/);
    const counts = () => shadowAll(el, '[part="counts"] dd').map((dd) => clean(dd));
    expect(counts()).toEqual(['1', '0', '0', '1']);
    await expectNoAxeViolations(el);

    shadow<HTMLButtonElement>(el, '[part="acknowledge"]')!.click();
    await expect.poll(() => item().getAttribute('part')).toBe('feedback-item acknowledged');
    await expect.poll(counts).toEqual(['0', '1', '0', '1']);

    await userEvent.fill(control(el, 'answer-0'), `More books are on their way. ${HOSTILE_TEXT}`);
    shadow<HTMLButtonElement>(el, '[part="answer"]')!.click();
    await expect.poll(() => item().getAttribute('part')).toBe('feedback-item answered');
    expect(clean(shadow(el, '[part="status"]'))).toBe('Answer sent.');
    await expect.poll(counts).toEqual(['0', '0', '1', '1']);
    expect(shadow(el, '#answer-0')).toBeNull();

    const ngo = await feedback('editor', `organization="${ORG}"`);
    const answer = shadow(ngo, '[part="answer-text"]')!;
    expect(clean(answer)).toBe(`More books are on their way. ${HOSTILE_TEXT}`);
    expect(clean(shadow(ngo, '[part="answer-by"]'))).toMatch(/^Answer from Education Sector focal point, /);
    expect(shadow(ngo, '[part~="feedback-item"] img, [part~="feedback-item"] script')).toBeNull();
    expect(pwned()).toBeUndefined();
    await expectNoAxeViolations(ngo);
  });

  test('another sector sees none of it', async () => {
    useFormHandlers();
    await sent('For the Education Sector only');
    const el = await feedback('otherSector', 'sector="CLT"');
    expect(clean(shadow(el, '[part="list"] [part="empty"]'))).toBe('No feedback yet.');
    expect(clean(shadow(el, '[part="summary"] [part="empty"]'))).toBe('No feedback has been sent to your sector yet.');
  });

  test('a blank answer is not sent; a 409 (answered first by a colleague) shows it as it is now and keeps the text typed', async () => {
    useFormHandlers();
    const { id } = await sent('Timing of the next call');
    const el = await feedback('sector', 'sector="ED"');
    const writes = recordWrites();
    shadow<HTMLButtonElement>(el, '[part="answer"]')!.click();
    await expect.poll(() => clean(shadow(el, '#answer-0-error'))).toBe('Enter a value.');
    expect(deepActiveElement()).toBe(control(el, 'answer-0'));
    expect(writes).toEqual([]);

    await formClientAs('sector').feedback.answer(id, { text: 'Answered by a colleague', language: 'en' });
    await userEvent.fill(control(el, 'answer-0'), 'My own answer');
    shadow<HTMLButtonElement>(el, '[part="answer"]')!.click();
    await expect.poll(() => clean(shadow(el, '[part="moved"]'))).toMatch(/^Someone of your sector dealt with this feedback first/);
    expect(clean(shadow(el, '[part="answer-text"]'))).toBe('Answered by a colleague');
    expect(shadow(el, '[part~="feedback-item"]')!.getAttribute('part')).toBe('feedback-item answered');
  });

  test('fits a 320 px container in Arabic (WCAG 1.4.10)', async () => {
    useFormHandlers();
    await sent(`${'والاستراتيجياتالتعليميةالمجتمعية'.repeat(2)} ${HOSTILE_TEXT}`.slice(0, 160), `https://example.org/${'a'.repeat(200)} ${HOSTILE_TEXT}`);
    const el = await feedback('sector', 'sector="ED" lang="ar"', (markup) => mountInWidth(320, markup));
    expect(shadowAll(el, '[part~="feedback-item"]')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expectPartsInsideHost(el, '*');
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    await expectNoAxeViolations(el);
  });

  test('says what is missing without an organisation or sector', async () => {
    const el = mount<NgoProgrammeFeedback>('<ngo-programme-feedback></ngo-programme-feedback>');
    await el.updateComplete;
    expect(clean(shadow(el, '[part="message"]'))).toMatch(/^Name the organisation/);
  });
});
