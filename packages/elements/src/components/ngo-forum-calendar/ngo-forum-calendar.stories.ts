import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-forum-calendar.js';

interface CalendarArgs {
  lang?: string;
  timeZone?: string;
  view?: 'auto' | 'month' | 'agenda';
  month?: string;
  kind?: string;
}

const meta: Meta<CalendarArgs> = {
  title: 'Widgets/ngo-forum-calendar',
  component: 'ngo-forum-calendar',
  tags: ['autodocs'],
  args: { view: 'auto' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
    timeZone: { control: 'select', options: [undefined, 'Asia/Kolkata', 'Europe/Paris', 'America/Los_Angeles', 'Pacific/Auckland', 'UTC'] },
    view: { control: 'inline-radio', options: ['auto', 'month', 'agenda'] },
  },
  render: ({ lang, timeZone, view, month, kind }) =>
    html`<ngo-forum-calendar
      api-base="/v1"
      lang=${ifDefined(lang)}
      time-zone=${ifDefined(timeZone)}
      view=${ifDefined(view)}
      month=${ifDefined(month)}
      kind=${ifDefined(kind)}
    ></ngo-forum-calendar>`,
  // The sample calendar: real past events (sourced) and fictional ones around the current month.
  // On the docs page each story has its own iframe (see apps/storybook/.storybook/preview.ts): room for a month.
  parameters: { msw: { handlers: createHandlers() }, docs: { story: { height: '42rem' } } },
};

export default meta;
type Story = StoryObj<CalendarArgs>;

export const ThisMonth: Story = { name: 'This month (viewer’s zone)' };

/** The acceptance case: a French page seen from India, with the Paris time beside each time. */
export const FrenchFromKolkata: Story = { name: 'French, viewer in Asia/Kolkata', args: { lang: 'fr', timeZone: 'Asia/Kolkata', view: 'agenda' } };

export const Arabic: Story = { args: { lang: 'ar', timeZone: 'Asia/Amman' } };

/** Real past events: all-day, with their sources. */
export const PastForums: Story = { name: 'Past International NGO Forums (real, sourced)', args: { month: '2018-09', kind: 'ngo-forum', view: 'agenda' } };

/** A month with no event: the grid stays, with "No events in this month." */
export const Empty: Story = { args: { view: 'month' }, parameters: { msw: { handlers: createHandlers({ events: [] }) } } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
