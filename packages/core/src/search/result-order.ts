import type { Language } from '../i18n/languages.js';
import { InvalidCursorError, decodeCursor, encodeCursor } from '../pagination/cursor.js';
import type { OrganizationSort } from './organization-query.js';

/*
 * Result orders and their keyset cursors. Every order ends with the organisation's name
 * (collated in the requested language) and its id, so it is total and stable: a cursor
 * holds the last item's key, and the next page starts right after that key even when the
 * directory changed in between (no item skipped or repeated that did not itself move).
 */

const ORGANIZATIONS_LIST = 'organizations';

/** Tag of each order inside a cursor, so a cursor is never read with another order. */
const TAG: Record<OrganizationSort, string> = {
  relevance: 'r',
  name: 'n',
  'partner-since': 'p',
  '-partner-since': 'P',
};

/** Unknown "partner since" years: stored as 0 in cursors, sorted last in both directions. */
export const UNKNOWN_YEAR = 0;

/**
 * The sort key of one result. `primary` is the relevance score (higher first) or the
 * partnership year (0 = unknown); absent for `name`.
 */
export interface ResultKey {
  primary: number;
  name: string;
  id: string;
}

/** Relevance scores are rounded so keys survive JSON and differ only where ranking does. */
export function roundScore(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}

export function encodeResultCursor(sort: OrganizationSort, lang: Language, key: ResultKey): string {
  return encodeCursor(
    ORGANIZATIONS_LIST,
    sort === 'name' ? [TAG[sort], lang, key.name, key.id] : [TAG[sort], lang, key.primary, key.name, key.id],
  );
}

/** Reads a cursor made for this order and language; throws InvalidCursorError otherwise. */
export function decodeResultCursor(cursor: string, sort: OrganizationSort, lang: Language): ResultKey {
  const arity = sort === 'name' ? 4 : 5;
  let parts: (string | number)[];
  try {
    parts = decodeCursor(cursor, ORGANIZATIONS_LIST, arity);
  } catch (error) {
    // A well-formed cursor of another arity was made for another order.
    throw error instanceof InvalidCursorError && error.message === 'cursor is malformed' ? new InvalidCursorError('cursor is malformed or was made for another sort order') : error;
  }
  const [tag, cursorLang, ...rest] = parts;
  if (tag !== TAG[sort] || cursorLang !== lang) {
    throw new InvalidCursorError('cursor was made for another sort order or language; start again without it');
  }
  const [primary, name, id] = sort === 'name' ? [0, ...rest] : rest;
  if (typeof primary !== 'number' || !Number.isFinite(primary) || typeof name !== 'string' || typeof id !== 'string') {
    throw new InvalidCursorError('cursor is malformed');
  }
  return { primary, name, id };
}

/**
 * Compares two keys in the order of `sort` (negative: `a` comes first). Names compare with
 * the collator of the page's language, ids by code unit (ids are ASCII slugs).
 */
export function compareKeys(sort: OrganizationSort, collator: Intl.Collator, a: ResultKey, b: ResultKey): number {
  if (sort === 'relevance') {
    if (a.primary !== b.primary) return b.primary - a.primary;
  } else if (sort !== 'name' && a.primary !== b.primary) {
    if (a.primary === UNKNOWN_YEAR) return 1;
    if (b.primary === UNKNOWN_YEAR) return -1;
    return sort === 'partner-since' ? a.primary - b.primary : b.primary - a.primary;
  }
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const collators = new Map<string, Intl.Collator>();

/** One collator per language: locale-aware, digits compared as numbers ("Group 2" before "Group 10"). */
export function nameCollator(lang: Language): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}
