import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '@ngo-liaison/elements/custom-elements.json';
import { manifestForDocs } from './manifest-for-docs.js';

// The docs pages' tables (attributes, properties, events, CSS parts and custom properties)
// come from the elements' Custom Elements Manifest, built by `cem analyze`.
setCustomElementsManifest(manifestForDocs(manifest));

const preview: Preview = {
  // Stories talk to msw, never to a real server: each story sets parameters.msw.handlers.
  loaders: [mswLoader()],
  parameters: {
    controls: { expanded: true },
    docs: {
      // msw has one set of handlers per page: stories rendered inline on one docs page would
      // share the last story's handlers (a "Loading" story would stall its neighbours). Each
      // story in its own iframe keeps its own handlers.
      story: { inline: false, height: '26rem' },
    },
    // The a11y addon runs axe on every story; a violation is an error, as in the element tests.
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Start here', 'Guides', 'Widgets', 'API reference'] },
    },
  },
  globalTypes: {
    lang: {
      description: 'Page language (the elements follow <html lang/dir>)',
      toolbar: { icon: 'globe', items: ['en', 'fr', 'ar'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      const lang = String(context.globals.lang ?? 'en');
      document.documentElement.lang = lang;
      document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      return story();
    },
  ],
};

export default preview;
