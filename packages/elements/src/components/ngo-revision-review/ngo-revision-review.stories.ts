import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import { clientWithPendingChange, storyClient, writeStoryHandlers } from '../../../test/write-stories.js';
import './ngo-revision-review.js';

interface ReviewArgs {
  lang?: string;
  /** Whether the editor has proposed a change before the review opens. */
  withChange: boolean;
}

const meta: Meta<ReviewArgs> = {
  title: 'Widgets/ngo-revision-review',
  component: 'ngo-revision-review',
  tags: ['autodocs'],
  args: { withChange: true },
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  render: ({ lang, withChange }) =>
    html`<ngo-revision-review lang=${ifDefined(lang)} .client=${withChange ? clientWithPendingChange() : storyClient('secretariat')}></ngo-revision-review>`,
  parameters: { msw: { handlers: writeStoryHandlers() } },
};

export default meta;
type Story = StoryObj<ReviewArgs>;

/** A pending change: the new English name and one SDG fewer, before → after. */
export const PendingChange: Story = {};

export const Arabic: Story = { args: { lang: 'ar' } };

/** Nothing waiting (fresh handlers, no change proposed). */
export const Empty: Story = { args: { withChange: false }, parameters: { msw: { handlers: writeStoryHandlers() } } };

export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
