/*
 * The reference lists the widgets name things from, as one module to import lazily. A dynamic
 * import of `@ngo-liaison/core/reference` itself would carry every list in its chunk (a
 * namespace cannot be tree-shaken); importing this module instead leaves out what no widget
 * shows by name (the National Commissions). Field offices load apart (office-data.ts): only
 * the programme widgets name them.
 */
export { COUNTRIES, SDGS, SECTORS } from '@ngo-liaison/core/reference';
