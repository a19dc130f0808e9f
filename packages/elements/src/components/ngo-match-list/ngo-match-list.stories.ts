import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { SAMPLE_PROGRAMMES } from '@ngo-liaison/core/sample-data';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-match-list.js';

interface MatchListArgs {
  programme: string;
  limit: number;
  lang?: string;
}

// Stories run against msw: the client's handlers run core's matching engine on the sample data.
// (A plain comment: a JSDoc block here would replace the element's summary on its docs page.)
const meta: Meta<MatchListArgs> = {
  title: 'Widgets/ngo-match-list',
  component: 'ngo-match-list',
  tags: ['autodocs'],
  args: { programme: 'demo-coastal-literacy-initiative', limit: 10 },
  argTypes: {
    programme: { control: 'select', options: SAMPLE_PROGRAMMES.map((p) => p.id) },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  render: ({ programme, limit, lang }) => html`
    <ngo-match-list api-base="/v1" programme=${programme} limit=${limit} lang=${ifDefined(lang)} profile-href="#/ngo/{id}"></ngo-match-list>
  `,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<MatchListArgs>;

export const Default: Story = {};
export const PacificByOffice: Story = { name: 'Programme through a field office', args: { programme: 'demo-pacific-ocean-observers' } };
export const RealProgramme: Story = { name: 'Real programme (named only)', args: { programme: 'memory-of-the-world' } };
export const ArabicRtl: Story = { name: 'Arabic (RTL)', args: { lang: 'ar' } };
export const NotFound: Story = { name: 'Unknown programme (404)', args: { programme: 'no-such-programme' } };
export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };
export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
