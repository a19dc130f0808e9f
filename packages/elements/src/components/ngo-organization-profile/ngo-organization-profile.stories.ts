import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import type { Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-organization-profile.js';

interface ProfileArgs {
  organizationId: string;
  lang?: string;
  /** Load by id from the API (msw in Storybook) instead of passing the record. */
  fromApi?: boolean;
}

const byId = (id: string): Organization | undefined => SAMPLE_ORGANIZATIONS.find((org) => org.id === id);

const meta: Meta<ProfileArgs> = {
  title: 'Widgets/ngo-organization-profile',
  component: 'ngo-organization-profile',
  tags: ['autodocs'],
  args: { organizationId: 'icom' },
  argTypes: {
    organizationId: { control: 'select', options: SAMPLE_ORGANIZATIONS.map((org) => org.id) },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  render: ({ organizationId, lang, fromApi }) =>
    fromApi
      ? html`<ngo-organization-profile org-id=${organizationId} api-base="/v1" lang=${ifDefined(lang)}></ngo-organization-profile>`
      : html`<ngo-organization-profile lang=${ifDefined(lang)} .organization=${byId(organizationId)}></ngo-organization-profile>`,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<ProfileArgs>;

/** A real partner: only facts its public sources state, with those sources. */
export const RealOrganization: Story = { name: 'Real organisation (ICOM)' };

/** A fictional demo record: dated history, SDGs, countries and labelled fictional contacts. */
export const Fictional: Story = { args: { organizationId: 'demo-lanternfish-literacy-network' } };

export const Arabic: Story = { args: { organizationId: 'demo-lanternfish-literacy-network', lang: 'ar' } };

export const Russian: Story = { args: { organizationId: 'demo-weathervane-museums-alliance', lang: 'ru' } };

export const LoadedFromTheApi: Story = { name: 'Loaded from the API', args: { fromApi: true, lang: 'fr' } };

/** Hostile text in the data is shown as text. */
export const HostileText: Story = { name: 'Hostile text', args: { organizationId: 'demo-hostile-text-test' } };

export const Loading: Story = { args: { fromApi: true }, parameters: { msw: { handlers: apiThatNeverAnswers() } } };

export const NotFound: Story = { name: 'Unknown organisation (404)', args: { fromApi: true, organizationId: 'no-such-ngo' } };

export const ErrorState: Story = { name: 'Error (server down)', args: { fromApi: true }, parameters: { msw: { handlers: apiDown() } } };
