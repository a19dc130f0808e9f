import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import './ngo-directory.js';

interface DirectoryArgs {
  apiBase: string;
  lang?: string;
  dir?: string;
  pageSize: number;
}

/**
 * Stories run against msw (msw-storybook-addon reads `parameters.msw.handlers`): the same
 * handlers the client ships for tests, so pages, cursors and errors match the real API.
 */
const meta: Meta<DirectoryArgs> = {
  title: 'Widgets/ngo-directory',
  component: 'ngo-directory',
  tags: ['autodocs'],
  args: { apiBase: '/v1', pageSize: 12 },
  argTypes: {
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: ({ apiBase, lang, dir, pageSize }) => html`
    <ngo-directory api-base=${apiBase} page-size=${pageSize} lang=${ifDefined(lang)} dir=${ifDefined(dir)}></ngo-directory>
  `,
  parameters: { msw: { handlers: createHandlers() } },
};

export default meta;
type Story = StoryObj<DirectoryArgs>;

export const Default: Story = {};

export const Empty: Story = {
  parameters: { msw: { handlers: createHandlers({ organizations: [] }) } },
};

export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    msw: {
      handlers: [
        http.get('*/v1/organizations', () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Down for maintenance' },
            { status: 503, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      ],
    },
  },
};

export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  args: { lang: 'ar', dir: 'rtl' },
};

export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('*/v1/organizations', async () => {
          await delay('infinite');
          return HttpResponse.json({});
        }),
      ],
    },
  },
};
