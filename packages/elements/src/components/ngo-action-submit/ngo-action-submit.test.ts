import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { HOSTILE_TEXT } from '../../../test/dialogue-path.js';
import { cleanup, deepActiveElement, expectPartsInsideHost, mount, mountInWidth, shadow, shadowAll, waitForState } from '../../../test/dom.js';
import { LANTERNFISH, PROGRAMME, formClientAs, useFormHandlers, type FormWho } from '../../../test/forms-path.js';
import { useMockServiceWorker, worker } from '../../../test/msw.js';
import { recordWrites } from '../../../test/write-path.js';
import type { NgoActionSubmitEvent } from '../../events/ngo-action-submit.js';
import type { NgoActionSubmit } from './ngo-action-submit.element.js';
import './ngo-action-submit.js';

useMockServiceWorker();
afterEach(() => {
  cleanup();
  worker.events.removeAllListeners();
});

const ORG = LANTERNFISH.id;

async function form(who: FormWho, attributes = `organization="${ORG}"`, markup = mount): Promise<NgoActionSubmit> {
  const el = markup<NgoActionSubmit>(`<ngo-action-submit ${attributes}></ngo-action-submit>`);
  el.client = formClientAs(who);
  await waitForState(el, 'ready');
  // Country and field-office names arrive with the reference chunks.
  await expect.poll(() => shadowAll<HTMLOptionElement>(el, '#countries option').length).toBeGreaterThan(100);
  return el;
}

const control = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => shadow<T>(el, `#${id}`)!;
const clean = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(el: NgoActionSubmit, id: string, text: string): Promise<void> {
  const field = control(el, id);
  if (field.type === 'date') {
    // A date input takes keys in the locale's order: set its value as the picker would.
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  } else {
    await userEvent.fill(field, text);
  }
  await el.updateComplete;
}

async function choose(el: NgoActionSubmit, id: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function add(el: NgoActionSubmit, list: 'countries' | 'fieldOffices', value: string): Promise<void> {
  await choose(el, list, value);
  control(el, list).closest('[part="add-row"]')!.querySelector<HTMLButtonElement>('[part="add"]')!.click();
  await el.updateComplete;
}

async function send(el: NgoActionSubmit): Promise<void> {
  shadow<HTMLButtonElement>(el, '[part="save"]')!.click();
  await expect.poll(() => el.sendState).not.toBe('sending');
  await el.updateComplete;
}

/** Fills a valid action: programme, title (in the language the form starts with), Senegal, dates, one outcome. */
async function fill(el: NgoActionSubmit, title: string, lang = 'en'): Promise<void> {
  await choose(el, 'programme', PROGRAMME);
  await type(el, `title-${lang}`, title);
  await add(el, 'countries', 'SN');
  await type(el, 'start', '2026-03-01');
  shadow<HTMLButtonElement>(el, '#add-outcome')!.click();
  await el.updateComplete;
  await type(el, `outcomes-0-${lang}`, '12 reading circles opened');
}

describe('<ngo-action-submit>', () => {
  test('lists the programmes; texts are asked in the languages the author writes, one field each, never the last language removed', async () => {
    useFormHandlers();
    const el = await form('editor');
    const programmes = [...control<HTMLSelectElement>(el, 'programme').options].map((o) => o.value);
    expect(programmes).toContain(PROGRAMME);
    expect(programmes[0]).toBe('');
    expect(shadowAll<HTMLInputElement>(el, '[id^="title-"]').map((i) => i.id)).toEqual(['title-en']);
    control(el, 'languages-ar').click();
    await el.updateComplete;
    expect(shadowAll<HTMLInputElement>(el, '[id^="title-"]').map((i) => i.id)).toEqual(['title-ar', 'title-en']);
    expect(control(el, 'title-ar').dir).toBe('rtl');
    expect(control(el, 'title-ar').lang).toBe('ar');
    control(el, 'languages-en').click();
    await el.updateComplete;
    expect(control(el, 'languages-ar').disabled).toBe(true);
    await expectNoAxeViolations(el);
  });

  test('invalid values: nothing is sent, the error summary takes focus, each link moves focus to its field, the text stays', async () => {
    useFormHandlers();
    const sent = recordWrites();
    const el = await form('editor');
    await type(el, 'title-en', '   ');
    await type(el, 'start', '2026-05-01');
    await type(el, 'end', '2026-04-01');
    await type(el, 'links', 'not a url');
    await send(el);
    expect(sent).toEqual([]);
    expect(el.sendState).toBe('invalid');
    const summary = shadow(el, '[part="error-summary"]')!;
    expect(deepActiveElement()).toBe(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => clean(a));
    expect(links).toEqual([
      'Programme: Enter a value.',
      'Title: In English: Enter a value.',
      'Countries: Enter a value.',
      'Links: This value is not in the expected format.',
      'End date: This value contradicts another field.',
    ]);
    expect(clean(summary.querySelector('[part="error-summary-title"]'))).toBe('There are 5 problems to fix before sending');
    expect(control(el, 'end').getAttribute('aria-invalid')).toBe('true');
    expect(clean(shadow(el, '#end-error'))).toBe('This value contradicts another field.');
    summary.querySelectorAll('a')[3]!.click();
    expect(deepActiveElement()).toBe(control(el, 'links'));
    expect(control(el, 'links').value).toBe('not a url');
    await expectNoAxeViolations(el);
  });

  test.each([
    ['fr', 'Programme : Saisissez une valeur.', '4 problèmes sont à corriger avant l’envoi'],
    ['es', 'Programa: Introduzca un valor.', 'Hay 4 problemas que corregir antes de enviar'],
    ['ar', 'البرنامج: أدخل قيمة.', 'توجد 4 مشكلات يجب إصلاحها قبل الإرسال'],
    ['ru', 'Программа: Введите значение.', 'Перед отправкой нужно исправить 4 проблемы'],
    ['zh', '计划：请输入一个值。', '发送前需要解决 4 个问题'],
  ])('field messages from the codes in %s, the direction of the language', async (lang, first, title) => {
    useFormHandlers();
    const el = await form('editor', `organization="${ORG}" lang="${lang}"`);
    await send(el);
    const summary = shadow(el, '[part="error-summary"]')!;
    await expect.poll(() => clean(summary.querySelector('[part="error-summary-title"]'))).toBe(title);
    expect(clean(summary.querySelector('a'))).toBe(first);
    expect(getComputedStyle(shadow(el, '[part="base"]')!).direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await expectNoAxeViolations(el);
  });

  test('an NGO editor sends an action (hostile text): pending review by the sector, absent from the public list, listed as its own; returned with a reason shown as text', async () => {
    useFormHandlers();
    const sent = recordWrites();
    const el = await form('editor');
    const events: NgoActionSubmitEvent[] = [];
    document.addEventListener('ngo-action-submit', (event) => events.push(event), { once: true });
    await fill(el, `Reading circles ${HOSTILE_TEXT}`);
    await send(el);
    expect(el.sendState).toBe('pending');
    expect(clean(shadow(el, '[part="status"]'))).toMatch(/pending review by the programme’s sector/);
    expect(events[0]?.submission.state).toBe('pending');
    await expect.poll(() => sent[0]).toMatch(/^POST \/actions - \{/);
    const body = JSON.parse(sent[0]!.replace(/^POST \/actions - /, ''));
    expect(body).toEqual({
      actor: { kind: 'organization', organization: ORG },
      programme: PROGRAMME,
      title: { en: `Reading circles ${HOSTILE_TEXT}` },
      countries: ['SN'],
      period: { start: '2026-03-01' },
      outcomes: [{ en: '12 reading circles opened' }],
    });
    // The form is empty again for the next action; the pending one is listed below, as text.
    expect(control(el, 'title-en').value).toBe('');
    const mine = shadow(el, '[part~="submission"][part~="pending"]')!;
    expect(clean(mine.querySelector('[part="submission-title"]'))).toBe(`Reading circles ${HOSTILE_TEXT}`);
    expect(mine.querySelector('img, script')).toBeNull();
    // Not public until the sector publishes it.
    const publicList = await formClientAs('otherSector').actions.list({ programme: PROGRAMME, limit: 100 });
    expect(publicList.items.map((a) => a.id)).not.toContain(events[0]!.submission.action.id);
    // The sector returns it with a reason; the editor sees the reason, as text.
    await formClientAs('sector').actionSubmissions.return(events[0]!.submission.action.id, `Please add the dates of each circle. ${HOSTILE_TEXT}`);
    cleanup();
    const again = await form('editor');
    await expect.poll(() => clean(shadow(again, '[part~="returned"] [part="reason"]'))).toBe(`Please add the dates of each circle. ${HOSTILE_TEXT}`);
    expect(shadow(again, '[part~="returned"] img, [part~="returned"] script')).toBeNull();
    expect((window as { __ngoPwned?: boolean }).__ngoPwned).toBeUndefined();
    await expectNoAxeViolations(again);
  });

  test('a field office reports its own action in its countries: published at once', async () => {
    useFormHandlers();
    const el = await form('fieldOffice', 'field-office="dakar"');
    await fill(el, 'Teacher training in Saint-Louis');
    await send(el);
    expect(el.sendState).toBe('published');
    expect(clean(shadow(el, '[part="status"]'))).toMatch(/^Published\./);
    const published = await formClientAs('otherSector').actions.list({ programme: PROGRAMME, limit: 100 });
    expect(published.items.some((a) => a.title.en === 'Teacher training in Saint-Louis')).toBe(true);
  });

  test('refused by the server (a field office acting for another office’s country): nothing typed is lost', async () => {
    useFormHandlers();
    const el = await form('nairobi', 'field-office="nairobi"');
    await fill(el, 'Not our country');
    await send(el);
    expect(el.sendState).toBe('failed');
    expect(clean(shadow(el, '[part~="status-error"]'))).toMatch(/Your role may not send this/);
    expect(control(el, 'title-en').value).toBe('Not our country');
    expect(shadowAll(el, '[part="chip"]').map((chip) => clean(chip.querySelector('span')))).toEqual(['Senegal']);
  });

  test('a network failure keeps the text; sending again reuses the idempotency key, so nothing is created twice', async () => {
    useFormHandlers();
    const keys: string[] = [];
    worker.events.on('request:start', ({ request }) => request.method === 'POST' && keys.push(request.headers.get('idempotency-key') ?? '-'));
    const el = await form('editor');
    await fill(el, 'Reading circles');
    const { http, HttpResponse } = await import('msw');
    worker.use(http.post(/\/v1\/actions$/, () => HttpResponse.error(), { once: true }));
    await send(el);
    expect(el.sendState).toBe('failed');
    expect(control(el, 'title-en').value).toBe('Reading circles');
    await send(el);
    expect(el.sendState).toBe('pending');
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe('-');
    expect(keys[1]).toBe(keys[0]);
  });

  test('fits a 320 px container in Arabic (WCAG 1.4.10)', async () => {
    useFormHandlers();
    const el = await form('editor', `organization="${ORG}" lang="ar"`, (markup) => mountInWidth(320, markup));
    await fill(el, `${'والاستراتيجياتالتعليميةالمجتمعية'.repeat(3)} ${HOSTILE_TEXT}`, 'ar');
    await add(el, 'fieldOffices', 'dakar');
    await send(el);
    await expect.poll(() => shadowAll(el, '[part~="submission"]').length).toBe(1);
    expectPartsInsideHost(el, '*');
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    await expectNoAxeViolations(el);
  });

  test('says what is missing without an organisation or field office', async () => {
    const el = mount<NgoActionSubmit>('<ngo-action-submit></ngo-action-submit>');
    await el.updateComplete;
    expect(clean(shadow(el, '[part="message"]'))).toMatch(/^Name the organisation/);
  });
});
