import type { Translation } from '../internal/translation.js';
import { ruEvents } from './ru/events.js';
import { ruOtherAreas } from './ru/other-areas.js';

/**
 * Every string in this language. Elements load the two parts on their own (the directory never
 * loads the event widgets' strings); this whole table is for sites that want it.
 */
export const ru: Translation = { ...ruOtherAreas, ...ruEvents };

export default ru;
