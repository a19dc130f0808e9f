import type { Translation } from '../internal/translation.js';
import { frEvents } from './fr/events.js';
import { frOtherAreas } from './fr/other-areas.js';

/**
 * Every string in this language. Elements load the two parts on their own (the directory never
 * loads the event widgets' strings); this whole table is for sites that want it.
 */
export const fr: Translation = { ...frOtherAreas, ...frEvents };

export default fr;
