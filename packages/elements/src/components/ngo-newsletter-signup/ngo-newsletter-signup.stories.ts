import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './ngo-newsletter-signup.js';

interface SignupArgs {
  lang?: string;
}

const meta: Meta<SignupArgs> = {
  title: 'Widgets/ngo-newsletter-signup',
  component: 'ngo-newsletter-signup',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  render: ({ lang }) => html`<ngo-newsletter-signup api-base="/v1" lang=${ifDefined(lang)}></ngo-newsletter-signup>`,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<SignupArgs>;

export const Default: Story = {};
export const Arabic: Story = { name: 'Arabic (RTL)', args: { lang: 'ar' } };
