import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { apiDown, apiThatNeverAnswers } from '../../../test/story-handlers.js';
import './ngo-newsletter-archive.js';

interface ArchiveArgs {
  lang?: string;
  month?: string;
}

const meta: Meta<ArchiveArgs> = {
  title: 'Widgets/ngo-newsletter-archive',
  component: 'ngo-newsletter-archive',
  tags: ['autodocs'],
  argTypes: { lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] } },
  render: ({ lang, month }) => html`<ngo-newsletter-archive api-base="/v1" lang=${ifDefined(lang)} month=${ifDefined(month)}></ngo-newsletter-archive>`,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<ArchiveArgs>;

export const Archive: Story = {};
export const Arabic: Story = { name: 'Arabic (RTL)', args: { lang: 'ar' } };
export const Loading: Story = { parameters: { msw: { handlers: apiThatNeverAnswers() } } };
export const ErrorState: Story = { name: 'Error (server down)', parameters: { msw: { handlers: apiDown() } } };
