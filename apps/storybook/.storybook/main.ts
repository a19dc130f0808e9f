import type { StorybookConfig } from '@storybook/web-components-vite';

/** Stories live next to their components in packages/elements; this app only builds them. */
const config: StorybookConfig = {
  stories: ['../../../packages/elements/src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js (msw) is served from public/.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
