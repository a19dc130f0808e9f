import * as z from 'zod/mini';
import { LINE_CONTROL_CHARACTERS, TEXT_CONTROL_CHARACTERS } from '../text/control-characters.js';

/*
 * The rules for text fields, in one place. Per field, the choice is:
 * - text that may hold several lines (every LocalizedText, since descriptions and
 *   outcomes use it; notes; contact values, since postal addresses span lines): tab, line
 *   feed and carriage return are allowed, other C0 controls and DEL are not;
 * - one-line values (cities, identifiers, decision references, tags, place names): no
 *   control character at all, since a line break there is always a mistake or an attack
 *   and nothing on one line needs a tab.
 */

/** Check for text that may hold several lines. */
export const withoutControlCharacters = () =>
  z.refine<string>((value) => !TEXT_CONTROL_CHARACTERS.test(value), 'must not contain control characters (U+0000–U+001F, U+007F) other than tab and line breaks');

/** Check for one-line text. */
export const oneLine = () =>
  z.refine<string>((value) => !LINE_CONTROL_CHARACTERS.test(value), 'must be one line: no line breaks, tabs or other control characters (U+0000–U+001F, U+007F)');

/** A non-empty one-line string of at most `max` characters. */
export const lineText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), oneLine());
