import { EN_EVENT_SUMMARY_VOCABULARY, eventTerms } from '@ngo-liaison/core';
import type { EventStrings } from '../../internal/translation.js';

/**
 * English strings of <ngo-forum-calendar> and <ngo-event-card>, which <ngo-event-detail> shows
 * too, with the words of core's event vocabulary a summary shows (the iCalendar feed uses them too).
 */
export const enEvents: EventStrings = {
  'calendar.previous': 'Previous month',
  'calendar.next': 'Next month',
  'calendar.today': 'Today',
  'calendar.view': 'View',
  'calendar.view.month': 'Month',
  'calendar.view.agenda': 'List',
  'calendar.filters': 'Filter events',
  'calendar.filter.kind': 'Type',
  'calendar.filter.sector': 'Sector',
  'calendar.filter.region': 'Region',
  'calendar.filter.all': 'All',
  'calendar.timesIn': 'Times are shown in {zone}.',
  'calendar.monthStatus': { one: '{month}: {count} event', other: '{month}: {count} events' },
  'calendar.noEvents': 'No events in this month.',
  'calendar.noEventsDay': 'No events on this day.',
  'calendar.errorTitle': 'The calendar could not be loaded.',
  'calendar.more': { other: '+{count} more' },
  'calendar.dayCount': { one: '{count} event', other: '{count} events' },
  'calendar.dayHeading': 'Events on {date}',
  'calendar.subscribe': 'Subscribe to this calendar',
  'calendar.subscribeHint': 'Your calendar app adds these events and keeps them up to date.',
  'calendar.subscribeApp': 'Open in my calendar app',
  'calendar.subscribeGoogle': 'Add to Google Calendar',
  'calendar.feedAddress': 'Calendar address (iCalendar)',
  'event.allDay': 'All day',
  'event.localTime': '({time})',
  'event.close': 'Close',
  'event.fictional': 'Fictional event (demo data)',
  ...eventTerms(EN_EVENT_SUMMARY_VOCABULARY),
};
