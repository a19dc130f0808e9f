import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-action-feed.js';

interface ActionFeedArgs {
  programme?: string;
  country?: string;
  fieldOffice?: string;
  organization?: string;
  limit: number;
  lang?: string;
}

const meta: Meta<ActionFeedArgs> = {
  title: 'Widgets/ngo-action-feed',
  component: 'ngo-action-feed',
  tags: ['autodocs'],
  args: { limit: 5 },
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  render: ({ programme, country, fieldOffice, organization, limit, lang }) => html`
    <ngo-action-feed
      api-base="/v1"
      programme=${ifDefined(programme)}
      country=${ifDefined(country)}
      field-office=${ifDefined(fieldOffice)}
      organization=${ifDefined(organization)}
      limit=${limit}
      lang=${ifDefined(lang)}
      profile-href="#/ngo/{id}"
    ></ngo-action-feed>
  `,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<ActionFeedArgs>;

export const AllActions: Story = {};
export const ByProgramme: Story = { args: { programme: 'demo-living-heritage-communities' } };
export const ByFieldOffice: Story = { args: { fieldOffice: 'apia' } };
/** No action recorded for this country: the feed says so. */
export const Empty: Story = { args: { country: 'FR' } };
export const ArabicRtl: Story = { name: 'Arabic (RTL)', args: { programme: 'demo-living-heritage-communities', lang: 'ar' } };
export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };
export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
