import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EVENT_STORY_ARG_TYPES, storyEventById } from '../../../test/story-events.js';
import './ngo-event-card.js';

interface EventCardArgs {
  eventId: string;
  lang?: string;
  timeZone?: string;
  headingLevel?: number;
}

// The card takes its event as a property (`.event`): it never loads anything, so its states
// are those of the event it shows (confirmed, cancelled, postponed, all-day, online).
// (A plain comment: a JSDoc block here would replace the element's summary on its docs page.)
const meta: Meta<EventCardArgs> = {
  title: 'Widgets/ngo-event-card',
  component: 'ngo-event-card',
  tags: ['autodocs'],
  args: { eventId: 'demo-coastal-literacy-forum' },
  argTypes: {
    ...EVENT_STORY_ARG_TYPES,
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: ({ eventId, lang, timeZone, headingLevel }) => html`
    <ngo-event-card
      style="max-inline-size: 28rem"
      lang=${ifDefined(lang)}
      time-zone=${ifDefined(timeZone)}
      heading-level=${ifDefined(headingLevel)}
      .event=${storyEventById(eventId)}
    ></ngo-event-card>
  `,
};

export default meta;
type Story = StoryObj<EventCardArgs>;

/** A hybrid forum in Dakar seen from India: the viewer's time, with Dakar's beside it. */
export const Upcoming: Story = { name: 'Upcoming (viewer in Asia/Kolkata)', args: { timeZone: 'Asia/Kolkata' } };

export const Online: Story = { name: 'Online debate', args: { eventId: 'demo-saltmarsh-heritage-debate', lang: 'fr' } };

/** Status in words, not only colour. */
export const Cancelled: Story = { args: { eventId: 'demo-birch-signal-natcom-meeting' } };

export const Postponed: Story = { args: { eventId: 'demo-baobab-youth-forum' } };

/** A real, sourced past forum: all-day dates, never shifted by the viewer's zone. */
export const RealAllDay: Story = { name: 'Real past forum (all-day)', args: { eventId: 'ngo-forum-9-tunis-2018', timeZone: 'Pacific/Auckland' } };

export const ArabicRtl: Story = { name: 'Arabic (RTL)', args: { eventId: 'demo-cedar-lantern-forum', lang: 'ar', timeZone: 'Asia/Amman' } };

/** Without an event the card renders nothing (no empty box in the page). */
export const Empty: Story = { name: 'No event', args: { eventId: '' } };
