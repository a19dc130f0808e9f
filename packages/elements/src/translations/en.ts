import type { Translation } from '../internal/translation.js';

/** English: bundled with every element, and the fallback for missing locale modules. */
export const en: Translation = {
  $lang: 'en',
  directoryLabel: 'Organisations',
  loading: 'Loading…',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  retry: 'Retry',
  empty: 'No organisations to show.',
  errorTitle: 'The directory could not be loaded.',
  errorNetwork: 'The server could not be reached. Check your connection, then try again.',
  errorTimeout: 'The server took too long to answer.',
  errorHttp: 'The server answered with an error (HTTP {status}).',
  errorData: 'The server sent data in an unexpected format.',
  errorUnknown: 'Something went wrong.',
  resultCount: { one: '{count} organisation', other: '{count} organisations' },
  shownOfTotal: { one: 'Showing {shown} of {count} organisation', other: 'Showing {shown} of {count} organisations' },
  headquarters: 'Headquarters',
  place: '{city}, {country}',
  sectors: 'Sectors',
  website: 'Website',
  fictional: 'Fictional organisation (demo data)',
};
