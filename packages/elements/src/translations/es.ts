import type { Translation } from '../internal/translation.js';
import { esEvents } from './es/events.js';
import { esOtherAreas } from './es/other-areas.js';

/**
 * Every string in this language. Elements load the two parts on their own (the directory never
 * loads the event widgets' strings); this whole table is for sites that want it.
 */
export const es: Translation = { ...esOtherAreas, ...esEvents };

export default es;
