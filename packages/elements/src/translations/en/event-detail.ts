import { EN_EVENT_DETAIL_VOCABULARY, EN_EVENT_SESSION_VOCABULARY, eventTerms, type EventSessionTerms } from '@ngo-liaison/core';
import type { EventDetailStrings } from '../../internal/translation.js';

/**
 * English strings that only <ngo-event-detail> shows: in the calendar's CDN file they load
 * with the detail view, when the first event is opened, not with the calendar.
 */
export const enEventDetail: EventDetailStrings = {
  'event.when': 'When',
  'event.where': 'Where',
  'event.join': 'Online access',
  'event.about': 'About',
  'event.theme': 'Theme: {theme}',
  'event.organizers': 'Organisers',
  'event.participants': 'Member States taking part',
  'event.phases': 'Phases',
  'event.outputs': 'Outputs',
  'event.languages': 'Languages',
  'event.registration': 'Registration',
  'event.register': 'Register',
  'event.deadline': 'Deadline: {date}',
  'event.addToCalendar': 'Add to calendar',
  'event.downloadIcs': 'Download (.ics)',
  'event.google': 'Google Calendar',
  'event.outlook': 'Outlook.com',
  'event.office365': 'Outlook (Microsoft 365)',
  'event.notFound': 'This event could not be found.',
  ...eventTerms(EN_EVENT_DETAIL_VOCABULARY),
};

/** English words that name the session an event is part of (shown by <ngo-event-detail> only). */
export const enEventSession: EventSessionTerms = eventTerms(EN_EVENT_SESSION_VOCABULARY);
