import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-focal-points.js';

interface FocalPointsArgs {
  sector?: string;
  fieldOffice?: string;
  lang?: string;
}

const meta: Meta<FocalPointsArgs> = {
  title: 'Widgets/ngo-focal-points',
  component: 'ngo-focal-points',
  tags: ['autodocs'],
  args: { sector: 'ED' },
  argTypes: {
    sector: { control: 'select', options: ['ED', 'SC', 'SHS', 'CLT', 'CI'] },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  render: ({ sector, fieldOffice, lang }) => html`
    <ngo-focal-points api-base="/v1" sector=${ifDefined(sector)} field-office=${ifDefined(fieldOffice)} lang=${ifDefined(lang)}></ngo-focal-points>
  `,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<FocalPointsArgs>;

export const Sector: Story = {};
export const FieldOffice: Story = { name: 'Field office, Arabic (RTL)', args: { sector: undefined, fieldOffice: 'beirut', lang: 'ar' } };
export const Empty: Story = { args: { sector: undefined, fieldOffice: 'geneva' } };
export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };
export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
