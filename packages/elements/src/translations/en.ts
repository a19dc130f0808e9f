import type { Translation } from '../internal/translation.js';
import { enCommon } from './en/common.js';
import { enEventDetail, enEventSession } from './en/event-detail.js';
import { enEvents } from './en/events.js';
import { enOrganizations } from './en/organizations.js';
import { enProfile } from './en/profile.js';
import { enProgrammes } from './en/programmes.js';

/**
 * Every English string, for typed locales and for sites that want the whole table. Elements
 * do not import this: each bundles only the areas it shows (see the localize controller).
 */
export const en: Translation = {
  $lang: 'en',
  ...enCommon,
  ...enOrganizations,
  ...enProfile,
  ...enEvents,
  ...enEventDetail,
  ...enEventSession,
  ...enProgrammes,
};
