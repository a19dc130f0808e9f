import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXT, allDay, makeEvent, timed } from '../events/test-events.js';
import { EN_EVENT_VOCABULARY } from '../events/vocabulary-en.js';
import { FR_EVENT_VOCABULARY } from '../events/vocabulary-fr.js';
import { jsonLdScriptText, toEventJsonLd } from './json-ld.js';

const en = { vocabulary: EN_EVENT_VOCABULARY };

describe('toEventJsonLd', () => {
  it('describes a timed in-person event with its offset, status, mode, organiser and languages', () => {
    const event = timed('demo-paris', '2026-10-14T07:30:00Z', '2026-10-14T15:30:00Z', 'Europe/Paris', {
      location: { mode: 'in-person', venue: { en: 'UNESCO Headquarters', fr: 'Siège de l’UNESCO' }, city: { en: 'Paris' }, country: 'FR' },
      organizers: [{ role: 'liaison-committee' }, { role: 'national-commission', country: 'SN' }],
      languages: ['en', 'fr'],
      theme: { en: 'Peace' },
    });
    const data = toEventJsonLd(event, { language: 'fr', vocabulary: FR_EVENT_VOCABULARY, eventUrl: (e) => `https://api.example.org/v1/events/${e.id}`, countryName: (c) => ({ SN: 'Sénégal' })[c] });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://api.example.org/v1/events/demo-paris',
      url: 'https://api.example.org/v1/events/demo-paris',
      name: 'Événement de test demo-paris',
      description: 'Peace',
      startDate: '2026-10-14T09:30:00+02:00',
      endDate: '2026-10-14T17:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Siège de l’UNESCO', address: { '@type': 'PostalAddress', addressCountry: 'FR', addressLocality: 'Paris' } },
      organizer: [
        { '@type': 'Organization', name: 'Comité de liaison ONG-UNESCO' },
        { '@type': 'Organization', name: 'Commission nationale pour l’UNESCO (Sénégal)' },
      ],
      inLanguage: ['en', 'fr'],
    });
  });

  it('gives all-day events plain dates (end inclusive) and maps statuses and attendance modes', () => {
    const cancelled = toEventJsonLd(allDay('demo-days', '2016-11-03', '2016-11-04', { status: 'cancelled', location: { mode: 'online', url: 'https://meet.example.org/x' } }), en);
    expect(cancelled).toMatchObject({
      startDate: '2016-11-03',
      endDate: '2016-11-04',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.org/x' },
    });
    const postponed = toEventJsonLd(makeEvent('demo-h', { status: 'postponed', location: { mode: 'hybrid', city: { en: 'Dakar' }, country: 'SN', url: 'https://meet.example.org/y' } }), en);
    expect(postponed.eventStatus).toBe('https://schema.org/EventPostponed');
    expect(postponed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(postponed.location).toEqual([
      { '@type': 'Place', name: 'Dakar, SN', address: { '@type': 'PostalAddress', addressCountry: 'SN', addressLocality: 'Dakar' } },
      { '@type': 'VirtualLocation', url: 'https://meet.example.org/y' },
    ]);
  });
});

describe('jsonLdScriptText', () => {
  it('escapes < > & and line separators so a title cannot close the script element', () => {
    const text = jsonLdScriptText(toEventJsonLd(makeEvent('demo-x', { title: { en: `${HOSTILE_TEXT}\u2028&`, fr: 'x' } }), en));
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).not.toContain('</script');
    // Still the same data once parsed.
    expect(JSON.parse(text).name).toBe(`${HOSTILE_TEXT}\u2028&`);
  });
});
