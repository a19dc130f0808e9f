import type { CommonStrings } from '../../internal/translation.js';

/**
 * English strings that widgets of more than one area show: loading and error messages, and
 * the regions, SDGs, contacts and sources that organisations, offices and events share.
 * Every element that shows an error or a loading message declares this area.
 */
export const enCommon: CommonStrings = {
  loading: 'Loading…',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  retry: 'Retry',
  errorNetwork: 'The server could not be reached. Check your connection, then try again.',
  errorTimeout: 'The server took too long to answer.',
  errorHttp: 'The server answered with an error (HTTP {status}).',
  errorData: 'The server sent data in an unexpected format.',
  errorUnknown: 'Something went wrong.',
  fictional: 'Fictional organisation (demo data)',
  'facet.sdg': 'Sustainable Development Goals',
  'region.africa': 'Africa',
  'region.arab-states': 'Arab States',
  'region.asia-pacific': 'Asia and the Pacific',
  'region.europe-north-america': 'Europe and North America',
  'region.latin-america-caribbean': 'Latin America and the Caribbean',
  electoralGroup: 'Group {group}',
  sdg: 'SDG {number}',
  sdgTitle: 'SDG\u00a0{number}: {title}',
  contacts: 'Contacts',
  'contact.email': 'Email',
  'contact.phone': 'Telephone',
  'contact.postal': 'Postal address',
  fictionalContact: 'Fictional contact (demo data)',
  sources: 'Sources',
  source: 'Source',
  notFound: 'This organisation could not be found.',
};
