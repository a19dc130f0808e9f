import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_FORUM, forumThemeStoryClient, forumThemeStoryHandlers } from '../../../test/forum-themes-stories.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import type { ForumThemesClient } from '../../internal/forms-client.js';
import './ngo-forum-themes.js';

interface ForumThemesArgs {
  lang?: string;
  client?: () => ForumThemesClient;
}

const meta: Meta<ForumThemesArgs> = {
  title: 'Widgets/ngo-forum-themes',
  component: 'ngo-forum-themes',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  render: ({ lang, client }) => html`<ngo-forum-themes event=${STORY_FORUM} lang=${ifDefined(lang)} .client=${(client ?? (() => forumThemeStoryClient()))()}></ngo-forum-themes>`,
  parameters: { msw: { handlers: forumThemeStoryHandlers() } },
};

export default meta;
type Story = StoryObj<ForumThemesArgs>;

/** An NGO editor: two themes proposed for the fictional next International NGO Forum, their standings, Support buttons and the proposal form. */
export const Standings: Story = { name: 'Standings (propose and support)', parameters: { msw: { handlers: forumThemeStoryHandlers() } } };

/** The Secretariat chose a theme: it leads with its reasons; proposals and supports are closed. */
export const Chosen: Story = { args: { client: () => forumThemeStoryClient({ chosen: true }) }, parameters: { msw: { handlers: forumThemeStoryHandlers() } } };

export const Empty: Story = { args: { client: () => forumThemeStoryClient({ seeded: false }) }, parameters: { msw: { handlers: forumThemeStoryHandlers() } } };

export const Arabic: Story = { args: { lang: 'ar' }, parameters: { msw: { handlers: forumThemeStoryHandlers() } } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
