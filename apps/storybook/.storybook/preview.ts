import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '@ngo-liaison/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  // Stories talk to msw, never to a real server: each story sets parameters.msw.handlers.
  loaders: [mswLoader()],
  parameters: { controls: { expanded: true } },
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
