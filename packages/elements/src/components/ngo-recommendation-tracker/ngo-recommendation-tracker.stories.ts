import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dialogueStoryHandlers, trackerStoryClient } from '../../../test/dialogue-stories.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-recommendation-tracker.js';

interface TrackerArgs {
  event?: string;
  sector?: string;
  country?: string;
  lang?: string;
}

const meta: Meta<TrackerArgs> = {
  title: 'Widgets/ngo-recommendation-tracker',
  component: 'ngo-recommendation-tracker',
  tags: ['autodocs'],
  args: {},
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  // On a page: <ngo-recommendation-tracker api-base="https://…/v1" country="SN">. The story
  // passes the same read-only client after recording a recommendation and its follow-ups.
  render: ({ event, sector, country, lang }) => html`
    <ngo-recommendation-tracker
      event=${ifDefined(event)}
      sector=${ifDefined(sector)}
      country=${ifDefined(country)}
      lang=${ifDefined(lang)}
      .client=${trackerStoryClient()}
    ></ngo-recommendation-tracker>
  `,
  parameters: { msw: { handlers: dialogueStoryHandlers() } },
};

export default meta;
type Story = StoryObj<TrackerArgs>;

/** Senegal's follow-up: received, then in progress with a note; the Education Sector has not made one public yet. */
export const ByMemberState: Story = { args: { country: 'SN' } };
export const ByEvent: Story = { args: { event: 'icngo-2018' } };
export const Arabic: Story = { args: { country: 'SN', lang: 'ar' } };
/** No recommendation is addressed to the Natural Sciences Sector. */
export const Empty: Story = { args: { sector: 'SC' } };
export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };
export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
