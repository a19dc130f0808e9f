import { afterEach, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe.js';
import { cleanup, mount, shadow } from '../../../test/dom.js';
import { CALENDAR_EVENTS, HOSTILE_TITLE } from '../../../test/forum-events.js';
import type { NgoEventSelectEvent } from '../../events/ngo-event-select.js';
import type { NgoEventCard } from './ngo-event-card.element.js';
import './ngo-event-card.js';

afterEach(cleanup);

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const byId = (id: string) => CALENDAR_EVENTS.find((e) => e.id === id)!;

async function card(id: string, attributes = ''): Promise<NgoEventCard> {
  const el = mount<NgoEventCard>(`<ngo-event-card ${attributes}></ngo-event-card>`);
  el.event = byId(id);
  await el.updateComplete;
  return el;
}

describe('<ngo-event-card>', () => {
  test('shows title, type, time in the chosen zone with the local time beside it, and place', async () => {
    const el = await card('demo-paris-debate', 'time-zone="America/Los_Angeles" lang="en"');
    expect(text(shadow(el, '[part="event-title"]'))).toBe('Debate on living heritage');
    expect(text(shadow(el, '[part="event-kind"]'))).toBe('Thematic debate');
    expect(text(shadow(el, '[part="event-when"] time'))).toMatch(/^Nov 20, 2026, 5:00\s?–\s?7:00\sAM$/);
    expect(text(shadow(el, '[part="event-local-time"]'))).toMatch(/^\(2:00\s?–\s?4:00\sPM France Time\)$/);
    expect(text(shadow(el, '[part="event-where"]'))).toBe('Online');
    await expectNoAxeViolations(el);
  });

  test('shows no local time when the clocks agree, and all-day events as dates', async () => {
    const paris = await card('demo-paris-debate', 'time-zone="Europe/Paris" lang="fr"');
    expect(shadow(paris, '[part="event-local-time"]')).toBeNull();
    const days = await card('demo-all-day', 'time-zone="Pacific/Pago_Pago" lang="fr"');
    expect(text(shadow(days, '[part="event-when"]'))).toBe('9–10 novembre 2026 · Toute la journée');
  });

  test('falls back to another language and marks it; Arabic is right to left', async () => {
    const el = await card('demo-paris-debate', 'lang="ar" time-zone="UTC"');
    const title = shadow(el, '[part="event-title"]')!;
    expect(title.getAttribute('lang')).toBe('en');
    expect(title.getAttribute('dir')).toBe('ltr');
    expect(shadow(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    const own = await card('demo-dakar-forum', 'lang="ar" time-zone="UTC"');
    expect(shadow(own, '[part="event-title"]')!.hasAttribute('lang')).toBe(false);
    await expectNoAxeViolations(el);
  });

  test('says cancelled in words, strikes the title, and fires ngo-event-select', async () => {
    const el = await card('demo-cancelled', 'lang="en" time-zone="UTC"');
    expect(text(shadow(el, '[part="event-status"]'))).toBe('Cancelled');
    expect(getComputedStyle(shadow(el, '[part="event-title"]')!).textDecorationLine).toBe('line-through');
    const chosen: string[] = [];
    document.addEventListener('ngo-event-select', (e: NgoEventSelectEvent) => chosen.push(e.forumEvent.id), { once: true });
    shadow<HTMLButtonElement>(el, '[part="event-title"]')!.click();
    expect(chosen).toEqual(['demo-cancelled']);
  });

  test('shows hostile text as text', async () => {
    const el = await card('demo-hostile', 'lang="en" time-zone="UTC"');
    expect(text(shadow(el, '[part="event-title"]'))).toBe(HOSTILE_TITLE);
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
  });
});
