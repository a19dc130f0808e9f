import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_ORGANIZATION, STORY_PROGRAMME, formStoryClient, formStoryHandlers } from '../../../test/forms-stories.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-action-submit.js';

interface SubmitArgs {
  /** Who reports: an NGO's editor (the action waits for the sector) or the Dakar field office (published at once). */
  as: 'editor' | 'fieldOffice';
  lang?: string;
}

const meta: Meta<SubmitArgs> = {
  title: 'Widgets/ngo-action-submit',
  component: 'ngo-action-submit',
  tags: ['autodocs'],
  args: { as: 'editor' },
  argTypes: {
    as: { control: 'inline-radio', options: ['editor', 'fieldOffice'] },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  // The page builds the client (a bearer token here; a cookie session on Liaison's own pages) and passes it.
  render: ({ as, lang }) =>
    html`<ngo-action-submit
      organization=${ifDefined(as === 'editor' ? STORY_ORGANIZATION : undefined)}
      field-office=${ifDefined(as === 'fieldOffice' ? 'dakar' : undefined)}
      programme=${STORY_PROGRAMME}
      lang=${ifDefined(lang)}
      .client=${formStoryClient(as)}
    ></ngo-action-submit>`,
  parameters: { msw: { handlers: formStoryHandlers() } },
};

export default meta;
type Story = StoryObj<SubmitArgs>;

/** An NGO's editor: a sent action is pending review by the programme's sector. */
export const NgoEditor: Story = { name: 'NGO editor (pending review)' };

/** A field office reports its own action in the countries it covers: published at once. */
export const FieldOffice: Story = { name: 'Field office (published at once)', args: { as: 'fieldOffice' } };

export const Arabic: Story = { args: { lang: 'ar' } };

export const French: Story = { args: { lang: 'fr' } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
