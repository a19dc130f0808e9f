import type { Translation } from '../internal/translation.js';
import { zhEvents } from './zh/events.js';
import { zhOtherAreas } from './zh/other-areas.js';

/**
 * Every string in this language. Elements load the two parts on their own (the directory never
 * loads the event widgets' strings); this whole table is for sites that want it.
 */
export const zh: Translation = { ...zhOtherAreas, ...zhEvents };

export default zh;
