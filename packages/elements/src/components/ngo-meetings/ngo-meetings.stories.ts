import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { meetingStoryClient, meetingStoryHandlers } from '../../../test/meetings-stories.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import type { MeetingsClient } from '../../internal/meetings-client.js';
import './ngo-meetings.js';

interface MeetingsArgs {
  lang?: string;
  client?: () => MeetingsClient;
}

const meta: Meta<MeetingsArgs> = {
  title: 'Widgets/ngo-meetings',
  component: 'ngo-meetings',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  render: ({ lang, client }) => html`<ngo-meetings lang=${ifDefined(lang)} .client=${(client ?? (() => meetingStoryClient()))()}></ngo-meetings>`,
  parameters: { msw: { handlers: meetingStoryHandlers() } },
};

export default meta;
type Story = StoryObj<MeetingsArgs>;

/** An NGO editor: Senegal's National Commission awaits an answer (confirm, decline, other times); Kenya's confirmed a meeting. */
export const Meetings: Story = { name: 'Meetings (answer, call off, ask)', parameters: { msw: { handlers: meetingStoryHandlers() } } };

export const Empty: Story = { args: { client: () => meetingStoryClient({ seeded: false }) }, parameters: { msw: { handlers: meetingStoryHandlers() } } };

export const Arabic: Story = { args: { lang: 'ar' }, parameters: { msw: { handlers: meetingStoryHandlers() } } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
