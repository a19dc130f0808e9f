import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_ORGANIZATION, formStoryClient, formStoryHandlers } from '../../../test/forms-stories.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-hearing-request.js';

interface HearingArgs {
  lang?: string;
}

const meta: Meta<HearingArgs> = {
  title: 'Widgets/ngo-hearing-request',
  component: 'ngo-hearing-request',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  render: ({ lang }) => html`<ngo-hearing-request organization=${STORY_ORGANIZATION} lang=${ifDefined(lang)} .client=${formStoryClient('editor')}></ngo-hearing-request>`,
  parameters: { msw: { handlers: formStoryHandlers() } },
};

export default meta;
type Story = StoryObj<HearingArgs>;

/** An NGO editor: the fictional next NGP session's agenda, the statement with its counter, and the NGO's requests (none yet). */
export const Ngo: Story = { name: 'NGO (ask to be heard)' };

export const Arabic: Story = { args: { lang: 'ar' }, parameters: { msw: { handlers: formStoryHandlers() } } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
