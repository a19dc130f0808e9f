import type { Translation } from '../internal/translation.js';
import { arEvents } from './ar/events.js';
import { arOtherAreas } from './ar/other-areas.js';

/**
 * Every string in this language. Elements load the two parts on their own (the directory never
 * loads the event widgets' strings); this whole table is for sites that want it.
 */
export const ar: Translation = { ...arOtherAreas, ...arEvents };

export default ar;
