import type { StorybookConfig } from '@storybook/web-components-vite';

/** Stories live next to their components in packages/elements; this app only builds them. */
const config: StorybookConfig = {
  stories: ['../../../packages/elements/src/**/*.stories.ts'],
  addons: ['msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js (msw), the same file the element tests use.
  staticDirs: ['../../../packages/elements/public'],
  core: { disableTelemetry: true },
};

export default config;
