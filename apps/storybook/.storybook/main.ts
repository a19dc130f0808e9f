import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

/**
 * Stories live next to their components in packages/elements; the guides (MDX) live in this
 * app's docs/ folder. `npm run docs` builds this site and the TypeDoc API reference into
 * docs-site/ (the reference under docs-site/api/).
 */
const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../../../packages/elements/src/**/*.stories.ts'],
  addons: [
    // MDX 3 has no GitHub-flavoured Markdown without remark-gfm: the guides' tables need it.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js (msw), the same file the element tests use.
  staticDirs: ['../../../packages/elements/public'],
  core: { disableTelemetry: true },
};

export default config;
