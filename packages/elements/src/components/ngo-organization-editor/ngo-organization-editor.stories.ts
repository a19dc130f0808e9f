import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import { STORY_ORGANIZATION, storyClient, writeStoryHandlers } from '../../../test/write-stories.js';
import './ngo-organization-editor.js';

interface EditorArgs {
  /** Who is signed in: the Secretariat publishes at once, the NGO's editor sends for review. */
  as: 'secretariat' | 'editor';
  lang?: string;
}

const meta: Meta<EditorArgs> = {
  title: 'Widgets/ngo-organization-editor',
  component: 'ngo-organization-editor',
  tags: ['autodocs'],
  args: { as: 'secretariat' },
  argTypes: {
    as: { control: 'inline-radio', options: ['secretariat', 'editor'] },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  // The page builds the client (a bearer token here; a cookie session on Liaison's own pages) and passes it.
  render: ({ as, lang }) =>
    html`<ngo-organization-editor organization-id=${STORY_ORGANIZATION} lang=${ifDefined(lang)} .client=${storyClient(as)}></ngo-organization-editor>`,
  parameters: { msw: { handlers: writeStoryHandlers() } },
};

export default meta;
type Story = StoryObj<EditorArgs>;

/** The Secretariat's own change is published at once. */
export const Secretariat: Story = {};

/** The NGO's editor: a save waits for the Secretariat's review (the pending state is shown). */
export const NgoEditor: Story = { name: 'NGO editor (changes go for review)', args: { as: 'editor' } };

export const Arabic: Story = { args: { lang: 'ar' } };

export const French: Story = { args: { lang: 'fr', as: 'editor' } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
