/*
 * The reference lists most widgets show (country and sector names, SDG titles), for a lazy
 * import(): importing `@ngo-liaison/core/reference` itself would bring every list it exports
 * into the chunk, field offices and National Commissions included.
 */
export { COUNTRIES, SDGS, SECTORS } from '@ngo-liaison/core/reference';
