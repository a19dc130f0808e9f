/*
 * Closed code lists, in a module without zod: browser bundles that only need the lists
 * (a widget's filter menus) do not carry the schema library. The schemas build their enums
 * from these.
 */

/** UNESCO's five programme sectors. */
export const SECTOR_CODES = ['ED', 'SC', 'SHS', 'CLT', 'CI'] as const;

/** UNESCO's regions for programme work (not the UN regional groups). */
export const UNESCO_REGIONS = [
  'africa',
  'arab-states',
  'asia-pacific',
  'europe-north-america',
  'latin-america-caribbean',
] as const;
