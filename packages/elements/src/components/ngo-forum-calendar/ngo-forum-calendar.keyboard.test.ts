import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, deepActiveElement, mount, shadow } from '../../../test/dom.js';
import { CALENDAR_EVENTS, NOW } from '../../../test/forum-events.js';
import type { NgoCalendarNavigateEvent } from '../../events/ngo-calendar-navigate.js';
import type { NgoEventSelectEvent } from '../../events/ngo-event-select.js';
import type { NgoForumCalendar } from './ngo-forum-calendar.element.js';
import { keyTarget, shiftMonths } from './calendar-keys.js';
import './ngo-forum-calendar.js';

afterEach(cleanup);

async function calendar(attributes = ''): Promise<NgoForumCalendar> {
  const el = mount<NgoForumCalendar>(`<ngo-forum-calendar month="2026-11" view="month" ${attributes}></ngo-forum-calendar>`);
  el.now = NOW;
  el.events = CALENDAR_EVENTS;
  await el.updateComplete;
  return el;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedDate = () => (deepActiveElement() as HTMLElement | null)?.dataset?.date;

async function press(el: NgoForumCalendar, key: string) {
  await userEvent.keyboard(key);
  await el.updateComplete;
}

describe('keyTarget (APG grid keys)', () => {
  const ltr = { rtl: false, weekStart: 7, ctrlKey: false, shiftKey: false };
  test('moves by day, week, week ends, month ends, months and years', () => {
    expect(keyTarget('ArrowRight', '2026-11-30', ltr)).toBe('2026-12-01');
    expect(keyTarget('ArrowLeft', '2026-11-01', ltr)).toBe('2026-10-31');
    expect(keyTarget('ArrowDown', '2026-11-25', ltr)).toBe('2026-12-02');
    expect(keyTarget('ArrowUp', '2026-11-03', ltr)).toBe('2026-10-27');
    expect(keyTarget('Home', '2026-11-25', ltr)).toBe('2026-11-22');
    expect(keyTarget('End', '2026-11-25', ltr)).toBe('2026-11-28');
    expect(keyTarget('Home', '2026-11-25', { ...ltr, weekStart: 1 })).toBe('2026-11-23');
    expect(keyTarget('Home', '2026-11-25', { ...ltr, ctrlKey: true })).toBe('2026-11-01');
    expect(keyTarget('End', '2026-11-25', { ...ltr, ctrlKey: true })).toBe('2026-11-30');
    expect(keyTarget('PageDown', '2027-01-31', ltr)).toBe('2027-02-28');
    expect(keyTarget('PageUp', '2028-03-31', ltr)).toBe('2028-02-29');
    expect(keyTarget('PageDown', '2026-11-25', { ...ltr, shiftKey: true })).toBe('2027-11-25');
    expect(keyTarget('ArrowRight', '2026-11-25', { ...ltr, rtl: true })).toBe('2026-11-24');
    expect(keyTarget('Tab', '2026-11-25', ltr)).toBeUndefined();
    expect(shiftMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('<ngo-forum-calendar> keyboard', () => {
  test('arrows, Home/End and Ctrl+Home/End move focus between days (roving tabindex)', async () => {
    const el = await calendar('time-zone="UTC" lang="en"');
    shadow<HTMLElement>(el, 'td[tabindex="0"]')!.focus();
    expect(focusedDate()).toBe('2026-11-17');
    await press(el, '{ArrowRight}');
    expect(focusedDate()).toBe('2026-11-18');
    await press(el, '{ArrowDown}');
    expect(focusedDate()).toBe('2026-11-25');
    await press(el, '{Home}');
    expect(focusedDate()).toBe('2026-11-22');
    await press(el, '{End}');
    expect(focusedDate()).toBe('2026-11-28');
    await press(el, '{Control>}{Home}{/Control}');
    expect(focusedDate()).toBe('2026-11-01');
    await press(el, '{Control>}{End}{/Control}');
    expect(focusedDate()).toBe('2026-11-30');
    expect(shadow(el, 'td[tabindex="0"]')!.dataset.date).toBe('2026-11-30');
  });

  test('PageDown/PageUp and arrows past the grid change month, announce it and fire ngo-calendar-navigate', async () => {
    const el = await calendar('time-zone="UTC" lang="en"');
    const months: string[] = [];
    el.addEventListener('ngo-calendar-navigate', (e: NgoCalendarNavigateEvent) => months.push(`${e.month} ${e.first}…${e.last}`));
    shadow<HTMLElement>(el, 'td[tabindex="0"]')!.focus();
    await press(el, '{PageDown}');
    expect(text(shadow(el, '[part="title"]'))).toBe('December 2026');
    expect(focusedDate()).toBe('2026-12-17');
    await expect.poll(() => text(shadow(el, '[part="status"]'))).toBe('December 2026: 0 events');
    await press(el, '{PageUp}');
    expect(text(shadow(el, '[part="title"]'))).toBe('November 2026');
    await expect.poll(() => text(shadow(el, '[part="status"]'))).toBe('November 2026: 6 events');
    // The November grid ends on Saturday 5 December; a week down from 3 December leaves it.
    await press(el, '{Control>}{End}{/Control}');
    await press(el, '{ArrowDown}');
    await press(el, '{ArrowDown}');
    expect(focusedDate()).toBe('2026-12-14');
    expect(text(shadow(el, '[part="title"]'))).toBe('December 2026');
    expect(months).toEqual(['2026-12 2026-11-29…2027-01-02', '2026-11 2026-11-01…2026-12-05', '2026-12 2026-11-29…2027-01-02']);
  });

  test('right to left, ArrowLeft goes to the next day', async () => {
    const el = await calendar('time-zone="UTC" lang="ar"');
    shadow<HTMLElement>(el, 'td[tabindex="0"]')!.focus();
    await press(el, '{ArrowLeft}');
    expect(focusedDate()).toBe('2026-11-18');
    await press(el, '{ArrowRight}');
    expect(focusedDate()).toBe('2026-11-17');
  });

  test('Enter opens the day’s events, Escape closes them and returns to the day', async () => {
    const el = await calendar('time-zone="UTC" lang="en"');
    shadow<HTMLElement>(el, 'td[data-date="2026-11-20"]')!.focus();
    await press(el, '{Enter}');
    const heading = shadow(el, '[part="day-heading"]')!;
    expect(text(heading)).toBe('Events on Friday, November 20, 2026');
    expect(deepActiveElement()).toBe(heading);
    expect(shadow(el, 'td[data-date="2026-11-20"]')!.getAttribute('aria-selected')).toBe('true');
    await userEvent.tab();
    expect(text(deepActiveElement())).toBe('Close');
    await userEvent.tab();
    expect(text(deepActiveElement())).toBe('Debate on living heritage');
    await press(el, '{Escape}');
    expect(shadow(el, '[part="day-panel"]')).toBeNull();
    expect(focusedDate()).toBe('2026-11-20');
    // Space works like Enter.
    await press(el, ' ');
    expect(shadow(el, '[part="day-panel"]')).not.toBeNull();
  });

  test('choosing an event fires ngo-event-select and opens the detail dialog; closing returns focus', async () => {
    const el = await calendar('time-zone="Asia/Kolkata" lang="en"');
    const chosen: string[] = [];
    el.addEventListener('ngo-event-select', (e: NgoEventSelectEvent) => chosen.push(e.forumEvent.id));
    shadow<HTMLElement>(el, 'td[data-date="2026-11-20"]')!.focus();
    await press(el, '{Enter}');
    shadow<HTMLButtonElement>(el, '[part="day-panel"] [part="event-title"]')!.focus();
    await press(el, '{Enter}');
    expect(chosen).toEqual(['demo-paris-debate']);
    const dialog = shadow<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).toBe(true);
    expect(text(deepActiveElement())).toBe('Close');
    const detail = dialog.querySelector('ngo-event-detail') as HTMLElement & { updateComplete: Promise<boolean> };
    await detail.updateComplete;
    expect(text(detail.shadowRoot!.querySelector('[part="title"]'))).toBe('Debate on living heritage');
    await press(el, '{Escape}');
    expect(dialog.open).toBe(false);
    expect(text(deepActiveElement())).toBe('Debate on living heritage');
  });

  test('a click on an event chip opens it; preventDefault() keeps the built-in dialog closed', async () => {
    const el = await calendar('time-zone="UTC" lang="en"');
    el.addEventListener('ngo-event-select', (e) => e.preventDefault(), { once: true });
    shadow<HTMLElement>(el, '[data-id="demo-paris-debate"]')!.click();
    await el.updateComplete;
    expect(shadow<HTMLDialogElement>(el, 'dialog')!.open).toBe(false);
    shadow<HTMLElement>(el, '[data-id="demo-paris-debate"]')!.click();
    await el.updateComplete;
    expect(shadow<HTMLDialogElement>(el, 'dialog')!.open).toBe(true);
  });

  test('previous/next/today buttons navigate and announce', async () => {
    const el = await calendar('time-zone="UTC" lang="fr"');
    shadow<HTMLButtonElement>(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(text(shadow(el, '[part="title"]'))).toBe('décembre 2026');
    await expect.poll(() => text(shadow(el, '[part="status"]'))).toBe('décembre 2026 : 0 événement');
    shadow<HTMLButtonElement>(el, '[part~="previous"]')!.click();
    shadow<HTMLButtonElement>(el, '[part~="previous"]')!.click();
    await el.updateComplete;
    expect(text(shadow(el, '[part="title"]'))).toBe('octobre 2026');
    shadow<HTMLButtonElement>(el, '[part="today"]')!.click();
    await el.updateComplete;
    expect(text(shadow(el, '[part="title"]'))).toBe('novembre 2026');
    expect(shadow(el, 'td[tabindex="0"]')!.dataset.date).toBe('2026-11-17');
    expect(shadow<HTMLButtonElement>(el, '[part~="previous"]')!.getAttribute('aria-label')).toBe('Mois précédent');
  });
});
