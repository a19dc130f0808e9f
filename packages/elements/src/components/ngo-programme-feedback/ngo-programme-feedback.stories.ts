import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STORY_ORGANIZATION, formStoryClient, formStoryHandlers, sectorClientWithFeedback } from '../../../test/forms-stories.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-programme-feedback.js';

interface FeedbackArgs {
  /** Whose view: the NGO (its form and its feedback) or the Education Sector (feedback to answer, and the summary). */
  as: 'editor' | 'sector';
  /** For the sector: whether the NGO has sent feedback before the view opens. */
  withFeedback: boolean;
  lang?: string;
}

const meta: Meta<FeedbackArgs> = {
  title: 'Widgets/ngo-programme-feedback',
  component: 'ngo-programme-feedback',
  tags: ['autodocs'],
  args: { as: 'editor', withFeedback: true },
  argTypes: {
    as: { control: 'inline-radio', options: ['editor', 'sector'] },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  render: ({ as, withFeedback, lang }) =>
    as === 'editor'
      ? html`<ngo-programme-feedback organization=${STORY_ORGANIZATION} lang=${ifDefined(lang)} .client=${formStoryClient('editor')}></ngo-programme-feedback>`
      : html`<ngo-programme-feedback sector="ED" lang=${ifDefined(lang)}
          .client=${withFeedback ? sectorClientWithFeedback() : formStoryClient('sector')}></ngo-programme-feedback>`,
  parameters: { msw: { handlers: formStoryHandlers() } },
};

export default meta;
type Story = StoryObj<FeedbackArgs>;

/** The NGO's form, and its feedback with the sector's answers below. */
export const Ngo: Story = { name: 'NGO (send feedback)' };

/** The Education Sector: feedback to acknowledge and answer, and the summary by programme and country. */
export const Sector: Story = { name: 'Sector (acknowledge and answer)', args: { as: 'sector' }, parameters: { msw: { handlers: formStoryHandlers() } } };

export const Arabic: Story = { args: { lang: 'ar', as: 'sector' }, parameters: { msw: { handlers: formStoryHandlers() } } };

/** The sector before any NGO has written. */
export const Empty: Story = { args: { as: 'sector', withFeedback: false }, parameters: { msw: { handlers: formStoryHandlers() } } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
