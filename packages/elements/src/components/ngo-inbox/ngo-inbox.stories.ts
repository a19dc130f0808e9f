import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dialogueStoryHandlers, inboxStoryClient } from '../../../test/dialogue-stories.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-inbox.js';

interface InboxArgs {
  who: 'memberState' | 'sector' | 'editor';
  kind?: string;
  lang?: string;
}

const meta: Meta<InboxArgs> = {
  title: 'Widgets/ngo-inbox',
  component: 'ngo-inbox',
  tags: ['autodocs'],
  args: { who: 'memberState' },
  argTypes: {
    who: { control: 'select', options: ['memberState', 'sector', 'editor'] },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  render: ({ who, kind, lang }) => html`<ngo-inbox kind=${ifDefined(kind)} lang=${ifDefined(lang)} .client=${inboxStoryClient(who)}></ngo-inbox>`,
  parameters: { msw: { handlers: dialogueStoryHandlers() } },
};

export default meta;
type Story = StoryObj<InboxArgs>;

/** Senegal's delegation: an action published in Senegal and a recommendation addressed to it, both unread. */
export const MemberState: Story = {};
/** The Education Sector's focal point: the action published in its programme. */
export const Sector: Story = { args: { who: 'sector' } };
export const Arabic: Story = { args: { lang: 'ar' } };
/** The NGO editor has no feedback answered yet. */
export const Empty: Story = { args: { who: 'editor', kind: 'feedback.answered' } };
export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };
export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
