import { describe, expect, it } from 'vitest';
import { allDay, timed } from '../events/test-events.js';
import { EN_EVENT_VOCABULARY } from '../events/vocabulary-en.js';
import { FR_EVENT_VOCABULARY } from '../events/vocabulary-fr.js';
import { googleCalendarUrl, outlookCalendarUrl } from './calendar-links.js';

const en = { vocabulary: EN_EVENT_VOCABULARY };

describe('web calendar links', () => {
  const event = timed('demo-paris', '2026-10-14T07:30:00Z', '2026-10-14T15:30:00Z', 'Europe/Paris', {
    location: { mode: 'in-person', city: { en: 'Paris' }, country: 'FR' },
  });

  it('sends timed events to Google as UTC instants with the event zone', () => {
    const url = new URL(googleCalendarUrl(event, { language: 'fr', vocabulary: FR_EVENT_VOCABULARY, countryName: () => 'France' }));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20261014T073000Z/20261014T153000Z');
    expect(url.searchParams.get('ctz')).toBe('Europe/Paris');
    expect(url.searchParams.get('text')).toBe('Événement de test demo-paris');
    expect(url.searchParams.get('location')).toBe('Paris, France');
  });

  it('sends all-day events with an exclusive end date, never shifted', () => {
    const days = allDay('demo-days', '2016-11-03', '2016-11-04');
    expect(new URL(googleCalendarUrl(days, en)).searchParams.get('dates')).toBe('20161103/20161105');
    const outlook = new URL(outlookCalendarUrl(days, en));
    expect([outlook.searchParams.get('startdt'), outlook.searchParams.get('enddt'), outlook.searchParams.get('allday')]).toEqual(['2016-11-03', '2016-11-05', 'true']);
  });

  it('builds Outlook deeplinks for personal and work accounts', () => {
    const live = new URL(outlookCalendarUrl(event, en));
    expect(live.host).toBe('outlook.live.com');
    expect(live.searchParams.get('rru')).toBe('addevent');
    expect(live.searchParams.get('startdt')).toBe('2026-10-14T07:30:00Z');
    expect(live.searchParams.get('enddt')).toBe('2026-10-14T15:30:00Z');
    expect(new URL(outlookCalendarUrl(event, { ...en, host: 'outlook.office.com' })).host).toBe('outlook.office.com');
  });
});
