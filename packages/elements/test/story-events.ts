import type { ForumEvent } from '@ngo-liaison/core';
import { sampleEvents } from '@ngo-liaison/core/sample-data';

/** The sample calendar the event stories show: real past events (sourced) and fictional ones around the current month. */
export const STORY_EVENTS = sampleEvents(new Date());

export const storyEventById = (id: string): ForumEvent | undefined => STORY_EVENTS.find((event) => event.id === id);

/** Controls shared by the event card's and the event detail's stories. */
export const EVENT_STORY_ARG_TYPES = {
  eventId: { control: 'select', options: STORY_EVENTS.map((event) => event.id) },
  lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  timeZone: { control: 'select', options: [undefined, 'Asia/Kolkata', 'Europe/Paris', 'America/Los_Angeles', 'Pacific/Auckland', 'UTC'] },
} as const;
