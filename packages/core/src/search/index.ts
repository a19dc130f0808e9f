/*
 * `@ngo-liaison/core/search`: the directory's search, usable in a browser (no zod, no
 * reference data unless passed in). The same functions run on the server, so a widget
 * searching its own copy of the data gets what the API would answer.
 */
export * from './facets.js';
export * from './organization-query.js';
export * from './organization-index.js';
export { buildOrganizationIndexInSlices, type SlicedBuildOptions } from './build-in-slices.js';
export { ConceptDictionary, conceptDictionary, type ConceptSource } from './concept-dictionary.js';
export { roundScore, nameCollator } from './result-order.js';
export { normalizeText } from '../text/normalize.js';
export { tokenize, indexTokens } from '../text/tokenize.js';
export { highlightRanges } from '../text/highlight.js';
export { httpUrl } from '../text/safe-url.js';
