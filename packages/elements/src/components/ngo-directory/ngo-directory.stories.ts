import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createHandlers } from '@ngo-liaison/client/msw';
import type { Organization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import type { DirectoryQuery } from '../../events/ngo-search-change.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import './ngo-directory.js';

interface DirectoryArgs {
  apiBase?: string;
  lang?: string;
  dir?: string;
  pageSize: number;
  facets?: string;
  /** Organisations searched in the browser instead of the API (property). */
  items?: readonly Organization[];
  /** The search to start with (property). */
  query?: Partial<DirectoryQuery>;
}

// Stories run against msw (msw-storybook-addon reads `parameters.msw.handlers`): the same
// handlers the client ships for tests, so pages, cursors and errors match the real API.
// (A plain comment: a JSDoc block here would replace the element's summary on its docs page.)
const meta: Meta<DirectoryArgs> = {
  title: 'Widgets/ngo-directory',
  component: 'ngo-directory',
  tags: ['autodocs'],
  args: { apiBase: '/v1', pageSize: 12 },
  argTypes: {
    lang: { control: 'select', options: ['en', 'fr', 'ar', 'es', 'ru', 'zh'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: ({ apiBase, lang, dir, pageSize, facets, items, query }) => html`
    <ngo-directory
      api-base=${ifDefined(items ? undefined : apiBase)}
      page-size=${pageSize}
      lang=${ifDefined(lang)}
      dir=${ifDefined(dir)}
      facets=${ifDefined(facets)}
      .items=${items}
      .query=${query}
    ></ngo-directory>
  `,
  // On the docs page each story has its own iframe (see apps/storybook/.storybook/preview.ts): room for a month.
  parameters: { msw: { handlers: createHandlers() }, docs: { story: { height: '42rem' } } },
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

/** Searching its own data (`items`, or `src` with a JSON export): as you type, no server. */
export const SearchInTheBrowser: Story = {
  name: 'Search in the browser',
  args: { items: SAMPLE_ORGANIZATIONS, query: { q: 'musees', filters: {} } },
};

/** The walk-through: associate partners of the Culture sector, with chips to remove. */
export const Filtered: Story = {
  args: { items: SAMPLE_ORGANIZATIONS, query: { q: '', filters: { status: ['associate'], sector: ['CLT'] } } },
};

export const NoMatches: Story = {
  name: 'No matches',
  args: { items: SAMPLE_ORGANIZATIONS, query: { q: 'zzzz', filters: {} } },
};

export const ArabicFiltered: Story = {
  name: 'Arabic (RTL), filtered',
  args: { items: SAMPLE_ORGANIZATIONS, lang: 'ar', query: { q: '', filters: { sector: ['CLT'] } } },
};

export const ChineseServerSearch: Story = {
  name: 'Chinese, searched on the server',
  args: { lang: 'zh', facets: 'status sector region' },
};
