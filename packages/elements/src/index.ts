// Classes and types only: importing this module registers no tags (see ./define.ts).
export { NgoDirectory, type OrganizationSource, type DirectoryState } from './components/ngo-directory/ngo-directory.element.js';
export { NgoCard } from './components/ngo-card/ngo-card.element.js';
export { NgoOrganizationSelectEvent } from './events/ngo-organization-select.js';
export { LiaisonElement, type Direction } from './internal/liaison-element.js';
export type { Translation, PluralForms } from './internal/translation.js';
