import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './ngo-card.js';

interface CardArgs {
  organizationId: string;
  lang?: string;
}

const byId = (id: string): Organization | undefined => SAMPLE_ORGANIZATIONS.find((org) => org.id === id);

const meta = {
  title: 'Widgets/ngo-card',
  component: 'ngo-card',
  tags: ['autodocs'],
  args: { organizationId: 'icom' },
  argTypes: {
    organizationId: { control: 'select', options: SAMPLE_ORGANIZATIONS.map((org) => org.id) },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  render: ({ organizationId, lang }) => html`
    <ngo-card style="max-inline-size: 24rem" lang=${ifDefined(lang)} .organization=${byId(organizationId)}></ngo-card>
  `,
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const Default: Story = {};

export const Fictional: Story = {
  args: { organizationId: SAMPLE_ORGANIZATIONS.find((org) => org.provenance.fictional)?.id ?? 'icom' },
};

export const Arabic: Story = { args: { lang: 'ar' } };
