import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { FIELD_OFFICES } from '@ngo-liaison/core/reference';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-field-office.js';

interface FieldOfficeArgs {
  code: string;
  lang?: string;
}

const meta: Meta<FieldOfficeArgs> = {
  title: 'Widgets/ngo-field-office',
  component: 'ngo-field-office',
  tags: ['autodocs'],
  args: { code: 'abuja' },
  argTypes: {
    code: { control: 'select', options: FIELD_OFFICES.map((o) => o.code) },
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
  },
  render: ({ code, lang }) => html`<ngo-field-office api-base="/v1" code=${code} lang=${ifDefined(lang)}></ngo-field-office>`,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<FieldOfficeArgs>;

export const Abuja: Story = {};
export const InferredCoverage: Story = { name: 'Coverage inferred (Kingston)', args: { code: 'kingston' } };
export const LiaisonOffice: Story = { name: 'Liaison office (Geneva)', args: { code: 'geneva', lang: 'fr' } };
export const ArabicRtl: Story = { name: 'Arabic (RTL)', args: { code: 'beirut', lang: 'ar' } };
export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };
export const NotFound: Story = { name: 'Unknown office (404)', args: { code: 'no-such-office' } };
export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
