import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EVENT_STORY_ARG_TYPES, storyEventById } from '../../../test/story-events.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-event-detail.js';

interface EventDetailArgs {
  eventId: string;
  /** Load `event-id` from the API (msw in Storybook) instead of passing the record as `.event`. */
  fromApi?: boolean;
  lang?: string;
  timeZone?: string;
}

// Stories that load run against msw: the client's handlers serve the same sample calendar.
// (A plain comment: a JSDoc block here would replace the element's summary on its docs page.)
const meta: Meta<EventDetailArgs> = {
  title: 'Widgets/ngo-event-detail',
  component: 'ngo-event-detail',
  tags: ['autodocs'],
  args: { eventId: 'demo-coastal-literacy-forum' },
  argTypes: {
    ...EVENT_STORY_ARG_TYPES,
  },
  render: ({ eventId, fromApi, lang, timeZone }) =>
    fromApi
      ? html`<ngo-event-detail event-id=${eventId} api-base="/v1" lang=${ifDefined(lang)} time-zone=${ifDefined(timeZone)}></ngo-event-detail>`
      : html`<ngo-event-detail lang=${ifDefined(lang)} time-zone=${ifDefined(timeZone)} .event=${storyEventById(eventId)}></ngo-event-detail>`,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<EventDetailArgs>;

/** Every fact of a forum: when (viewer and local time), where, organisers, Member States, phases, registration. */
export const Forum: Story = { name: 'Forum (viewer in Asia/Kolkata)', args: { timeZone: 'Asia/Kolkata' } };

/** `event-id` + `api-base`: the detail loads the event and links the server's `.ics`. */
export const LoadedFromTheApi: Story = { name: 'Loaded from the API', args: { fromApi: true, eventId: 'demo-saltmarsh-heritage-debate', lang: 'fr' } };

/** A real, sourced past forum: all-day dates and its sources. */
export const RealPastForum: Story = { name: 'Real past forum (sourced)', args: { eventId: 'ngo-forum-9-tunis-2018' } };

export const Cancelled: Story = { args: { eventId: 'demo-birch-signal-natcom-meeting', lang: 'ru' } };

export const ArabicRtl: Story = { name: 'Arabic (RTL)', args: { eventId: 'demo-cedar-lantern-forum', lang: 'ar', timeZone: 'Asia/Amman' } };

export const Loading: Story = { args: { fromApi: true }, parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const NotFound: Story = { name: 'Not found (404)', args: { fromApi: true, eventId: 'no-such-event' } };

export const ErrorState: Story = { name: 'Error (server down)', args: { fromApi: true }, parameters: { msw: { handlers: apiDown() } } };
