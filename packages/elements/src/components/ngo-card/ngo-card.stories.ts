import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import type { Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-card.js';

interface CardArgs {
  organizationId: string;
  lang?: string;
  /** Load `org-id` from the API (msw in Storybook) instead of passing the record as `.organization`. */
  fromApi?: boolean;
  highlight?: string;
}

const byId = (id: string): Organization | undefined => SAMPLE_ORGANIZATIONS.find((org) => org.id === id);

const meta: Meta<CardArgs> = {
  title: 'Widgets/ngo-card',
  component: 'ngo-card',
  tags: ['autodocs'],
  args: { organizationId: 'icom' },
  argTypes: {
    organizationId: { control: 'select', options: SAMPLE_ORGANIZATIONS.map((org) => org.id) },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  render: ({ organizationId, lang, fromApi, highlight }) =>
    fromApi
      ? html`<ngo-card style="max-inline-size: 24rem" org-id=${organizationId} api-base="/v1" lang=${ifDefined(lang)}></ngo-card>`
      : html`<ngo-card style="max-inline-size: 24rem" lang=${ifDefined(lang)} highlight=${ifDefined(highlight)} .organization=${byId(organizationId)}></ngo-card>`,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<CardArgs>;

export const Default: Story = {};

export const Fictional: Story = {
  args: { organizationId: SAMPLE_ORGANIZATIONS.find((org) => org.provenance.fictional)?.id ?? 'icom' },
};

export const Arabic: Story = { name: 'Arabic (RTL)', args: { lang: 'ar' } };

/** Inside `<ngo-directory>` the card marks what matched the search. */
export const Highlighted: Story = { args: { highlight: 'museums' } };

/** `org-id` + `api-base`: the card loads its organisation. */
export const LoadedFromTheApi: Story = { name: 'Loaded from the API', args: { fromApi: true, lang: 'fr' } };

export const Loading: Story = { args: { fromApi: true }, parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const NotFound: Story = { name: 'Unknown organisation (404)', args: { fromApi: true, organizationId: 'no-such-ngo' } };

export const ErrorState: Story = { name: 'Error (server down)', args: { fromApi: true }, parameters: { msw: { handlers: apiDown() } } };
